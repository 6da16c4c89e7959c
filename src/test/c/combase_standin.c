/*
 * combase_standin.c: a Linux stand-in for combase.dll and the Mobile Hotspot classes of WinRT
 * (NetworkInformation, NetworkOperatorTetheringManager and what it hands out).
 *
 * Built as libcombase.so and put on jna.library.path, it lets the JNA binding in dev.hostednet.wlan.winrt make
 * real calls through real vtables with the Windows x64 slot order of src/site/markdown/windows-binary-contract.md
 * (checked against mingw-w64 by VtableGroundTruthTest). What it models, because the binding must cope with it:
 *   - HSTRINGs of UTF-16 code units (uint16_t, never wchar_t, which is 4 bytes here), counted while alive;
 *   - every object reference counted, the live ones counted;
 *   - per-thread initialisation: Ro* calls and the manager's methods on a thread without RoInitialize fail with
 *     CO_E_NOTINITIALIZED; a second RoInitialize in the other model fails with RPC_E_CHANGED_MODE;
 *   - asynchronous operations completed on a thread of their own after a delay; Cancel, and Close that refuses a
 *     running operation (E_ILLEGAL_STATE_CHANGE), as IAsyncInfo does;
 *   - fault switches (tether_set_fault) and a log of what changed the hotspot (tether_log).
 *
 *   gcc -shared -fPIC -O2 -Wall -Wextra -Werror -pthread -o libcombase.so combase_standin.c
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define EXPORT __attribute__((visibility("default")))

typedef int32_t HRESULT;
typedef struct { uint32_t d1; uint16_t d2, d3; uint8_t d4[8]; } GUID;
typedef struct hstring { uint32_t len; uint16_t text[]; } *HSTRING;

#define S_OK 0
#define S_FALSE 1
#define E_NOTIMPL ((HRESULT) 0x80004001)
#define E_NOINTERFACE ((HRESULT) 0x80004002)
#define E_POINTER ((HRESULT) 0x80004003)
#define E_ACCESSDENIED ((HRESULT) 0x80070005)
#define E_INVALIDARG ((HRESULT) 0x80070057)
#define E_BOUNDS ((HRESULT) 0x8000000B)
#define E_ILLEGAL_STATE_CHANGE ((HRESULT) 0x8000000D)
#define E_ILLEGAL_METHOD_CALL ((HRESULT) 0x8000000E)
#define REGDB_E_CLASSNOTREG ((HRESULT) 0x80040154)
#define CO_E_NOTINITIALIZED ((HRESULT) 0x800401F0)
#define RPC_E_CHANGED_MODE ((HRESULT) 0x80010106)

enum { FAULT_NONE, FAULT_NO_INTERNET, FAULT_START_FAILS, FAULT_HANG, FAULT_CONFIG_REFUSED };
enum { OP_STATE_ON = 1, OP_STATE_OFF = 2 };
enum { ASYNC_STARTED, ASYNC_COMPLETED, ASYNC_CANCELED, ASYNC_ERROR };
enum { EFFECT_START, EFFECT_STOP, EFFECT_CONFIGURE };

/* ---- IIDs (windows-binary-contract.md, "Interfaces, IIDs and the slots called") ---- */
static const GUID IID_IUnknown = {0x00000000, 0x0000, 0x0000, {0xc0, 0, 0, 0, 0, 0, 0, 0x46}};
static const GUID IID_IInspectable = {0xaf86e2e0, 0xb12d, 0x4c6a, {0x9c, 0x5a, 0xd7, 0xaa, 0x65, 0x10, 0x1e, 0x90}};
static const GUID IID_IAsyncInfo = {0x00000036, 0x0000, 0x0000, {0xc0, 0, 0, 0, 0, 0, 0, 0x46}};
static const GUID IID_NetInfoStatics = {0x5074f851, 0x950d, 0x4165, {0x9c, 0x15, 0x36, 0x56, 0x19, 0x48, 0x1e, 0xea}};
static const GUID IID_ConnectionProfile = {0x71ba143c, 0x598e, 0x49d0, {0x84, 0xeb, 0x8f, 0xeb, 0xae, 0xdc, 0xc1, 0x95}};
static const GUID IID_Statics2 = {0x5b235412, 0x35f0, 0x49e7, {0x9b, 0x08, 0x16, 0xd2, 0x78, 0xfb, 0xaa, 0x42}};
static const GUID IID_Statics4 = {0xb3b9f9d0, 0xebff, 0x46a4, {0xa8, 0x47, 0xd6, 0x63, 0xd8, 0xb0, 0x97, 0x7e}};
static const GUID IID_Manager = {0xd45a8da0, 0x0e86, 0x4d98, {0x8b, 0xa4, 0xdd, 0x70, 0xd4, 0xb7, 0x64, 0xd3}};
static const GUID IID_ClientManager = {0x91b14016, 0x8dca, 0x4225, {0xbb, 0xed, 0xee, 0xf8, 0xb8, 0xd7, 0x18, 0xd7}};
static const GUID IID_Client = {0x709d254c, 0x595f, 0x4847, {0xbb, 0x30, 0x64, 0x69, 0x35, 0x54, 0x29, 0x18}};
static const GUID IID_Config = {0x0bcc0284, 0x412e, 0x403d, {0xac, 0xc6, 0xb7, 0x57, 0xe3, 0x47, 0x74, 0xa4}};
static const GUID IID_Result = {0xebd203a1, 0x01ba, 0x476d, {0xb4, 0xb3, 0xbf, 0x3d, 0x12, 0xc8, 0xf8, 0x0c}};
static const GUID IID_AsyncAction = {0x5a648006, 0x843a, 0x4da9, {0x86, 0x5b, 0x9d, 0x26, 0xe5, 0xdf, 0xad, 0x7b}};

/* ---- the model, under one mutex ---- */
#define MAX_CLIENTS 16
#define MAX_TEXT 64
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct {
    int fault, capability, state, max_clients, delay_ms, timeout_enabled, start_status;
    int no_statics4; /* a Windows before 10 2004: the tethering manager's factory has no Statics4 */
    uint16_t ssid[MAX_TEXT], pass[MAX_TEXT];
    uint32_t ssid_len, pass_len;
    char start_message[200];
    char clients[MAX_CLIENTS][24];
    int n_clients;
    char log[4096];
} m;
static long live_objects, live_strings, live_threads, next_async_id, live_apartments;
static long long async_ns; /* the summed lifetimes of completed asynchronous operations */

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
static __thread int apartment; /* 0 none, 1 multithreaded, 2 single-threaded */
static __thread int apartment_depth;

static void lock(void) { pthread_mutex_lock(&mu); }
static void unlock(void) { pthread_mutex_unlock(&mu); }

static void logf_locked(const char *entry) {
    size_t used = strlen(m.log);
    snprintf(m.log + used, sizeof m.log - used, "%s%s", used ? ";" : "", entry);
}

static int utf8_to_16(const char *s, uint16_t *out, int cap) {
    int n = 0;
    const unsigned char *p = (const unsigned char *) s;
    while (*p && n < cap) {
        uint32_t c = *p++;
        if (c >= 0xe0 && p[0] && p[1]) { c = ((c & 0x0f) << 12) | ((p[0] & 0x3f) << 6) | (p[1] & 0x3f); p += 2; }
        else if (c >= 0xc0 && p[0]) { c = ((c & 0x1f) << 6) | (p[0] & 0x3f); p += 1; }
        out[n++] = (uint16_t) c;
    }
    return n;
}

static int utf16_to_8(const uint16_t *s, uint32_t len, char *out, int cap) {
    int n = 0;
    for (uint32_t i = 0; i < len && n + 4 < cap; i++) {
        uint32_t c = s[i];
        if (c < 0x80) { out[n++] = (char) c; }
        else if (c < 0x800) { out[n++] = (char) (0xc0 | (c >> 6)); out[n++] = (char) (0x80 | (c & 0x3f)); }
        else {
            out[n++] = (char) (0xe0 | (c >> 12));
            out[n++] = (char) (0x80 | ((c >> 6) & 0x3f));
            out[n++] = (char) (0x80 | (c & 0x3f));
        }
    }
    out[n] = 0;
    return n;
}

/* ---- HSTRING ---- */
static HSTRING hs_new(const uint16_t *text, uint32_t len) {
    if (len == 0) return NULL; /* NULL is the empty string */
    HSTRING h = malloc(sizeof(struct hstring) + len * sizeof(uint16_t));
    h->len = len;
    memcpy(h->text, text, len * sizeof(uint16_t));
    __atomic_add_fetch(&live_strings, 1, __ATOMIC_SEQ_CST);
    return h;
}

EXPORT HRESULT WindowsCreateString(const uint16_t *src, uint32_t len, HSTRING *out) {
    if (!out || (!src && len)) return E_POINTER;
    *out = hs_new(src, len);
    return S_OK;
}

EXPORT HRESULT WindowsDeleteString(HSTRING h) {
    if (h) {
        memset(h->text, 0, h->len * sizeof(uint16_t)); /* a passphrase must not linger in freed memory */
        free(h);
        __atomic_sub_fetch(&live_strings, 1, __ATOMIC_SEQ_CST);
    }
    return S_OK;
}

EXPORT const uint16_t *WindowsGetStringRawBuffer(HSTRING h, uint32_t *len) {
    static const uint16_t empty[1] = {0};
    if (len) *len = h ? h->len : 0;
    return h ? h->text : empty;
}

/* ---- objects: one struct for every class, its interfaces as vtable pointers inside it ---- */
typedef struct obj obj;
typedef HRESULT (*effect_fn)(obj *);
struct obj {
    void **vtbl;        /* the main interface */
    void **second;      /* IAsyncInfo for async objects, INetworkOperatorTetheringClientManager for the manager */
    long refs;
    const GUID *iid;    /* the main interface's IID */
    void (*destroy)(obj *);
    /* per class */
    int status, effect, id, closed;
    long long created_ns; /* when an asynchronous operation began: its lifetime is the stand-in's own time */
    HRESULT error;
    obj *result;
    HSTRING a, b;       /* config: ssid, passphrase; result: message; client: mac */
    int value;          /* result: TetheringOperationStatus */
    obj **items;
    uint32_t n_items;
};

static obj *from_second(void *p) { return (obj *) ((char *) p - offsetof(obj, second)); }

static HRESULT need_apartment(void) { return apartment ? S_OK : CO_E_NOTINITIALIZED; }

static long obj_addref(obj *o) { return __atomic_add_fetch(&o->refs, 1, __ATOMIC_SEQ_CST); }
static long obj_release(obj *o) {
    long r = __atomic_sub_fetch(&o->refs, 1, __ATOMIC_SEQ_CST);
    if (r == 0) {
        if (o->destroy) o->destroy(o);
        WindowsDeleteString(o->a);
        WindowsDeleteString(o->b);
        for (uint32_t i = 0; i < o->n_items; i++) obj_release(o->items[i]);
        free(o->items);
        free(o);
        __atomic_sub_fetch(&live_objects, 1, __ATOMIC_SEQ_CST);
    }
    return r;
}

static int same(const GUID *a, const GUID *b) { return memcmp(a, b, sizeof(GUID)) == 0; }

static int has_statics4(void);

static HRESULT u_qi(obj *o, const GUID *iid, void **out) {
    if (!out) return E_POINTER;
    *out = NULL;
    if (!iid) return E_POINTER;
    if (same(iid, &IID_IUnknown) || same(iid, &IID_IInspectable) || same(iid, o->iid)) {
        obj_addref(o);
        *out = o;
        return S_OK;
    }
    if (o->iid == &IID_Statics2) { /* the factory: Statics4 is its second interface, on Windows 10 2004+ */
        if (!same(iid, &IID_Statics4) || !has_statics4()) return E_NOINTERFACE;
        obj_addref(o);
        *out = &o->second;
        return S_OK;
    }
    if (o->second && (same(iid, &IID_IAsyncInfo) ? o->iid != &IID_Manager : same(iid, &IID_ClientManager))) {
        obj_addref(o);
        *out = &o->second;
        return S_OK;
    }
    return E_NOINTERFACE;
}
static long u_addref(obj *o) { return obj_addref(o); }
static long u_release(obj *o) { return obj_release(o); }
static HRESULT i_iids(obj *o, uint32_t *n, GUID **iids) { (void) o; (void) n; (void) iids; return E_NOTIMPL; }
static HRESULT i_name(obj *o, HSTRING *s) { (void) o; if (s) *s = NULL; return E_NOTIMPL; }
static HRESULT i_trust(obj *o, int *t) { (void) o; if (t) *t = 0; return S_OK; }
static HRESULT s_qi(void *p, const GUID *iid, void **out) { return u_qi(from_second(p), iid, out); }
static long s_addref(void *p) { return obj_addref(from_second(p)); }
static long s_release(void *p) { return obj_release(from_second(p)); }
static HRESULT not_impl(void) { return E_NOTIMPL; }

#define INSPECTABLE (void *) u_qi, (void *) u_addref, (void *) u_release, (void *) i_iids, (void *) i_name, \
    (void *) i_trust
#define INSPECTABLE_SECOND (void *) s_qi, (void *) s_addref, (void *) s_release, (void *) i_iids, \
    (void *) i_name, (void *) i_trust

static obj *obj_new(void **vtbl, const GUID *iid) {
    obj *o = calloc(1, sizeof(obj));
    o->vtbl = vtbl;
    o->iid = iid;
    o->refs = 1;
    __atomic_add_fetch(&live_objects, 1, __ATOMIC_SEQ_CST);
    return o;
}

/* ---- IConnectionProfile: slot 6 get_ProfileName ---- */
static HRESULT profile_name(obj *o, HSTRING *out) {
    (void) o;
    static const uint16_t name[] = {'E', 't', 'h', 'e', 'r', 'n', 'e', 't'};
    if (!out) return E_POINTER;
    *out = hs_new(name, 8);
    return S_OK;
}
static void *profile_vtbl[] = {INSPECTABLE, (void *) profile_name};

/* ---- INetworkInformationStatics: slot 6 GetConnectionProfiles, slot 7 GetInternetConnectionProfile ---- */
static HRESULT netinfo_internet(obj *o, obj **out) {
    (void) o;
    if (!out) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    lock();
    int none = m.fault == FAULT_NO_INTERNET;
    unlock();
    *out = none ? NULL : obj_new(profile_vtbl, &IID_ConnectionProfile); /* NULL with S_OK: no internet */
    return S_OK;
}
static void *netinfo_vtbl[] = {INSPECTABLE, (void *) not_impl, (void *) netinfo_internet, (void *) not_impl,
    (void *) not_impl, (void *) not_impl, (void *) not_impl, (void *) not_impl, (void *) not_impl};

/* ---- INetworkOperatorTetheringOperationResult: slot 6 get_Status, slot 7 get_AdditionalErrorMessage ---- */
static HRESULT result_status(obj *o, int *out) { if (!out) return E_POINTER; *out = o->value; return S_OK; }
static HRESULT result_message(obj *o, HSTRING *out) {
    if (!out) return E_POINTER;
    *out = o->a ? hs_new(o->a->text, o->a->len) : NULL;
    return S_OK;
}
static void *result_vtbl[] = {INSPECTABLE, (void *) result_status, (void *) result_message};

/* ---- the access point configuration: slots 6-9 get_Ssid, put_Ssid, get_Passphrase, put_Passphrase ---- */
static HRESULT get_text(HSTRING have, HSTRING *out) {
    if (!out) return E_POINTER;
    *out = have ? hs_new(have->text, have->len) : NULL;
    return S_OK;
}
static HRESULT put_text(HSTRING *have, HSTRING v) {
    WindowsDeleteString(*have);
    *have = v ? hs_new(v->text, v->len) : NULL;
    return S_OK;
}
static HRESULT cfg_get_ssid(obj *o, HSTRING *out) { return get_text(o->a, out); }
static HRESULT cfg_put_ssid(obj *o, HSTRING v) { return put_text(&o->a, v); }
/* get_Passphrase hands out key material: a counted copy, wiped when deleted like every HSTRING; its reads are
 * counted so that tests can prove the binding reads it only for the hand-over. */
static long passphrase_reads;
static HRESULT cfg_get_pass(obj *o, HSTRING *out) {
    __atomic_add_fetch(&passphrase_reads, 1, __ATOMIC_SEQ_CST);
    return get_text(o->b, out);
}
static HRESULT cfg_put_pass(obj *o, HSTRING v) { return put_text(&o->b, v); }
static void *config_vtbl[] = {INSPECTABLE, (void *) cfg_get_ssid, (void *) cfg_put_ssid, (void *) cfg_get_pass,
    (void *) cfg_put_pass};

/* ---- a client, and the IVectorView of clients (slots 6 GetAt, 7 get_Size, 8 IndexOf, 9 GetMany) ---- */
static HRESULT client_mac(obj *o, HSTRING *out) { return get_text(o->a, out); }
static void *client_vtbl[] = {INSPECTABLE, (void *) client_mac, (void *) not_impl};
static HRESULT vec_get_at(obj *o, uint32_t i, obj **out) {
    if (!out) return E_POINTER;
    if (i >= o->n_items) return E_BOUNDS;
    obj_addref(o->items[i]);
    *out = o->items[i];
    return S_OK;
}
static HRESULT vec_size(obj *o, uint32_t *out) { if (!out) return E_POINTER; *out = o->n_items; return S_OK; }
static void *vector_vtbl[] = {INSPECTABLE, (void *) vec_get_at, (void *) vec_size, (void *) not_impl,
    (void *) not_impl};

/* ---- asynchronous operations: IAsyncAction / IAsyncOperation<Result> (slots 6-8), IAsyncInfo (slots 6-10) ---- */
static HRESULT apply_effect(obj *a) {
    uint16_t saved[MAX_TEXT];
    switch (a->effect) {
    case EFFECT_START:
        if (m.fault == FAULT_START_FAILS) {
            uint32_t n = (uint32_t) utf8_to_16(m.start_message, saved, MAX_TEXT);
            a->result->value = m.start_status;
            a->result->a = hs_new(saved, n);
            logf_locked("start-failed");
        } else {
            m.state = OP_STATE_ON;
            logf_locked("start");
        }
        return S_OK;
    case EFFECT_STOP:
        m.state = OP_STATE_OFF;
        logf_locked("stop");
        return S_OK;
    default:
        if (m.fault == FAULT_CONFIG_REFUSED) return E_ACCESSDENIED;
        if (!a->a || !a->b || a->b->len < 8 || a->b->len > 63) return E_INVALIDARG; /* WPA2-PSK: 8 to 63 characters */
        m.ssid_len = a->a->len;
        memcpy(m.ssid, a->a->text, m.ssid_len * sizeof(uint16_t));
        m.pass_len = a->b->len;
        memcpy(m.pass, a->b->text, m.pass_len * sizeof(uint16_t));
        logf_locked("configure");
        return S_OK;
    }
}

static void *complete_later(void *arg) {
    obj *a = arg;
    lock();
    int delay = m.delay_ms;
    unlock();
    struct timespec ts = {delay / 1000, (delay % 1000) * 1000000L};
    nanosleep(&ts, NULL);
    lock();
    if (a->status == ASYNC_STARTED) {
        HRESULT hr = apply_effect(a);
        a->error = hr;
        a->status = hr ? ASYNC_ERROR : ASYNC_COMPLETED;
        async_ns += now_ns() - a->created_ns;
    }
    unlock();
    obj_release(a);
    __atomic_sub_fetch(&live_threads, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

static HRESULT async_results(obj *a, obj **out) {
    lock();
    HRESULT hr = a->closed ? E_ILLEGAL_METHOD_CALL : a->status == ASYNC_COMPLETED ? S_OK
        : a->status == ASYNC_ERROR ? a->error : E_ILLEGAL_METHOD_CALL;
    if (hr == S_OK && out) {
        if (!a->result) { unlock(); return E_ILLEGAL_METHOD_CALL; }
        obj_addref(a->result);
        *out = a->result;
    }
    unlock();
    return hr;
}
static HRESULT action_results(obj *a) { return async_results(a, NULL); }
static HRESULT info_id(void *p, uint32_t *out) { if (!out) return E_POINTER; *out = (uint32_t) from_second(p)->id; return S_OK; }
static long status_polls; /* IAsyncInfo::get_Status calls since the last reset: how hard the binding polls */
static HRESULT info_status(void *p, int *out) {
    obj *a = from_second(p);
    __atomic_add_fetch(&status_polls, 1, __ATOMIC_SEQ_CST);
    if (!out) return E_POINTER;
    lock();
    HRESULT hr = a->closed ? E_ILLEGAL_METHOD_CALL : S_OK;
    *out = a->status;
    unlock();
    return hr;
}
static HRESULT info_error(void *p, HRESULT *out) {
    obj *a = from_second(p);
    if (!out) return E_POINTER;
    lock();
    *out = a->status == ASYNC_ERROR ? a->error : S_OK;
    unlock();
    return S_OK;
}
static HRESULT info_cancel(void *p) {
    obj *a = from_second(p);
    lock();
    if (a->status == ASYNC_STARTED) {
        a->status = ASYNC_CANCELED;
        logf_locked("cancel");
    }
    unlock();
    return S_OK;
}
static HRESULT info_close(void *p) {
    obj *a = from_second(p);
    lock();
    HRESULT hr = a->status == ASYNC_STARTED ? E_ILLEGAL_STATE_CHANGE : S_OK;
    if (!hr) a->closed = 1;
    else logf_locked("close-refused");
    unlock();
    return hr;
}
static void *operation_vtbl[] = {INSPECTABLE, (void *) not_impl, (void *) not_impl, (void *) async_results};
static void *action_vtbl[] = {INSPECTABLE, (void *) not_impl, (void *) not_impl, (void *) action_results};
static void *info_vtbl[] = {INSPECTABLE_SECOND, (void *) info_id, (void *) info_status, (void *) info_error,
    (void *) info_cancel, (void *) info_close};

static void async_destroy(obj *a) { if (a->result) obj_release(a->result); }

/* The caller's reference is returned; the completion thread holds one more until it ends. */
static obj *async_begin(int effect, HSTRING ssid, HSTRING pass) {
    /* IAsyncOperation<Result>'s IID is parameterized: the stand-in answers it only as IUnknown/IInspectable. */
    obj *a = obj_new(effect == EFFECT_CONFIGURE ? action_vtbl : operation_vtbl,
                     effect == EFFECT_CONFIGURE ? &IID_AsyncAction : &IID_IInspectable);
    a->destroy = async_destroy;
    a->second = info_vtbl;
    a->effect = effect;
    a->created_ns = now_ns();
    a->id = (int) __atomic_add_fetch(&next_async_id, 1, __ATOMIC_SEQ_CST);
    a->a = ssid ? hs_new(ssid->text, ssid->len) : NULL;
    a->b = pass ? hs_new(pass->text, pass->len) : NULL;
    if (effect != EFFECT_CONFIGURE) a->result = obj_new(result_vtbl, &IID_Result);
    lock();
    int hang = m.fault == FAULT_HANG;
    unlock();
    if (!hang) { /* FAULT_HANG: the operation never completes, until cancelled */
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        obj_addref(a);
        __atomic_add_fetch(&live_threads, 1, __ATOMIC_SEQ_CST);
        pthread_create(&t, &attr, complete_later, a);
        pthread_attr_destroy(&attr);
    }
    return a;
}

/* ---- INetworkOperatorTetheringManager: slots 6-12; its client manager (second interface): slot 6 ---- */
static HRESULT mgr_max(obj *o, uint32_t *out) {
    (void) o;
    if (!out) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    lock(); *out = (uint32_t) m.max_clients; unlock();
    return S_OK;
}
static HRESULT mgr_count(obj *o, uint32_t *out) {
    (void) o;
    if (!out) return E_POINTER;
    lock(); *out = (uint32_t) m.n_clients; unlock();
    return need_apartment();
}
static HRESULT mgr_state(obj *o, int *out) {
    (void) o;
    if (!out) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    lock(); *out = m.state; unlock();
    return S_OK;
}
static HRESULT mgr_current(obj *o, obj **out) {
    (void) o;
    if (!out) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    obj *c = obj_new(config_vtbl, &IID_Config);
    lock();
    c->a = hs_new(m.ssid, m.ssid_len);
    c->b = hs_new(m.pass, m.pass_len);
    unlock();
    *out = c;
    return S_OK;
}
static HRESULT mgr_configure(obj *o, obj *config, obj **out) {
    (void) o;
    if (!out || !config) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    *out = async_begin(EFFECT_CONFIGURE, config->a, config->b);
    return S_OK;
}
static HRESULT mgr_start(obj *o, obj **out) {
    (void) o;
    if (!out) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    *out = async_begin(EFFECT_START, NULL, NULL);
    return S_OK;
}
static HRESULT mgr_stop(obj *o, obj **out) {
    (void) o;
    if (!out) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    *out = async_begin(EFFECT_STOP, NULL, NULL);
    return S_OK;
}
static HRESULT clients_get(void *p, obj **out) {
    (void) p;
    if (!out) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    obj *v = obj_new(vector_vtbl, &IID_IInspectable);
    uint16_t mac[24];
    lock();
    v->items = calloc(MAX_CLIENTS, sizeof(obj *));
    for (int i = 0; i < m.n_clients; i++) {
        obj *c = obj_new(client_vtbl, &IID_Client);
        c->a = hs_new(mac, (uint32_t) utf8_to_16(m.clients[i], mac, 24));
        v->items[v->n_items++] = c;
    }
    unlock();
    *out = v;
    return S_OK;
}
static void *manager_vtbl[] = {INSPECTABLE, (void *) mgr_max, (void *) mgr_count, (void *) mgr_state,
    (void *) mgr_current, (void *) mgr_configure, (void *) mgr_start, (void *) mgr_stop};
static void *client_manager_vtbl[] = {INSPECTABLE_SECOND, (void *) clients_get};

/* ---- INetworkOperatorTetheringManagerStatics2 (slots 6, 7) and Statics4 (slots 6-10) ---- */
static HRESULT statics_capability(obj *o, obj *profile, int *out) {
    (void) o;
    if (!out || !profile) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    lock(); *out = m.capability; unlock();
    return S_OK;
}
static HRESULT statics_create(obj *o, obj *profile, obj **out) {
    (void) o;
    if (!out || !profile) return E_POINTER;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    obj *mgr = obj_new(manager_vtbl, &IID_Manager);
    mgr->second = client_manager_vtbl;
    *out = mgr;
    return S_OK;
}
static void *statics2_vtbl[] = {INSPECTABLE, (void *) statics_capability, (void *) statics_create};
static HRESULT s4_is_enabled(obj *o, uint8_t *out) {
    (void) o;
    if (!out) return E_POINTER;
    lock(); *out = (uint8_t) m.timeout_enabled; unlock();
    return need_apartment();
}
static HRESULT s4_set(int enabled) {
    HRESULT hr = need_apartment();
    if (hr) return hr;
    lock(); m.timeout_enabled = enabled; logf_locked(enabled ? "timeout-enabled" : "timeout-disabled"); unlock();
    return S_OK;
}
static HRESULT s4_enable(obj *o) { (void) o; return s4_set(1); }
static HRESULT s4_disable(obj *o) { (void) o; return s4_set(0); }
static void *statics4_vtbl[] = {INSPECTABLE, (void *) s4_is_enabled, (void *) s4_enable, (void *) not_impl,
    (void *) s4_disable, (void *) not_impl};
/* The same Statics4, reached by QueryInterface on the Statics2 factory (a WinRT factory implements every statics
 * interface of its class): its `this` is the factory's second interface. */
static void *statics4_second_vtbl[] = {INSPECTABLE_SECOND, (void *) s4_is_enabled, (void *) s4_enable,
    (void *) not_impl, (void *) s4_disable, (void *) not_impl};
static int has_statics4(void) { lock(); int no = m.no_statics4; unlock(); return !no; }

/* ---- combase exports ---- */
static int class_is(HSTRING id, const char *name) {
    char text[128];
    if (!id) return 0;
    utf16_to_8(id->text, id->len, text, sizeof text);
    return strcmp(text, name) == 0;
}

EXPORT HRESULT RoInitialize(int type) {
    int wanted = type == 1 ? 1 : 2;
    if (apartment && apartment != wanted) return RPC_E_CHANGED_MODE;
    apartment_depth++;
    if (apartment) return S_FALSE;
    apartment = wanted;
    __atomic_add_fetch(&live_apartments, 1, __ATOMIC_SEQ_CST);
    return S_OK;
}

EXPORT void RoUninitialize(void) {
    if (apartment_depth > 0 && --apartment_depth == 0) {
        apartment = 0;
        __atomic_sub_fetch(&live_apartments, 1, __ATOMIC_SEQ_CST);
    }
}

static HRESULT activation_factory(HSTRING id, const GUID *iid, void **out);
static long factory_activations; /* successful RoGetActivationFactory calls since the last reset */

EXPORT HRESULT RoGetActivationFactory(HSTRING id, const GUID *iid, void **out) {
    HRESULT hr = activation_factory(id, iid, out);
    if (hr == S_OK) __atomic_add_fetch(&factory_activations, 1, __ATOMIC_SEQ_CST);
    return hr;
}

static HRESULT activation_factory(HSTRING id, const GUID *iid, void **out) {
    if (!out || !iid) return E_POINTER;
    *out = NULL;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    if (class_is(id, "Windows.Networking.Connectivity.NetworkInformation")) {
        if (!same(iid, &IID_NetInfoStatics)) return E_NOINTERFACE;
        *out = obj_new(netinfo_vtbl, &IID_NetInfoStatics);
        return S_OK;
    }
    if (class_is(id, "Windows.Networking.NetworkOperators.NetworkOperatorTetheringManager")) {
        if (same(iid, &IID_Statics2)) {
            obj *f = obj_new(statics2_vtbl, &IID_Statics2);
            f->second = statics4_second_vtbl;
            *out = f;
        } else if (same(iid, &IID_Statics4) && has_statics4()) {
            *out = obj_new(statics4_vtbl, &IID_Statics4);
        }
        return *out ? S_OK : E_NOINTERFACE;
    }
    return REGDB_E_CLASSNOTREG;
}

EXPORT HRESULT RoActivateInstance(HSTRING id, void **out) {
    if (!out) return E_POINTER;
    *out = NULL;
    HRESULT hr = need_apartment();
    if (hr) return hr;
    if (!class_is(id, "Windows.Networking.NetworkOperators.NetworkOperatorTetheringAccessPointConfiguration")) {
        return REGDB_E_CLASSNOTREG;
    }
    *out = obj_new(config_vtbl, &IID_Config);
    return S_OK;
}

/* ---- test controls ---- */
EXPORT void tether_reset(void) {
    lock();
    memset(&m, 0, sizeof m);
    m.state = OP_STATE_OFF;
    m.max_clients = 8;
    m.delay_ms = 2;
    m.timeout_enabled = 1;
    __atomic_store_n(&passphrase_reads, 0, __ATOMIC_SEQ_CST);
    __atomic_store_n(&factory_activations, 0, __ATOMIC_SEQ_CST);
    __atomic_store_n(&status_polls, 0, __ATOMIC_SEQ_CST);
    m.ssid_len = (uint32_t) utf8_to_16("standin-hotspot", m.ssid, MAX_TEXT);
    m.pass_len = (uint32_t) utf8_to_16("initial-passphrase", m.pass, MAX_TEXT);
    unlock();
}
EXPORT void tether_set_fault(int fault) { lock(); m.fault = fault; unlock(); }
EXPORT void tether_set_no_statics4(int on) { lock(); m.no_statics4 = on; unlock(); }
EXPORT void tether_set_capability(int c) { lock(); m.capability = c; unlock(); }
EXPORT void tether_set_delay_ms(int ms) { lock(); m.delay_ms = ms; unlock(); }
EXPORT void tether_set_state(int s) { lock(); m.state = s; unlock(); }
EXPORT int tether_state(void) { lock(); int s = m.state; unlock(); return s; }
EXPORT int tether_timeout_enabled(void) { lock(); int t = m.timeout_enabled; unlock(); return t; }
EXPORT void tether_set_start_failure(int status, const char *message) {
    lock();
    m.start_status = status;
    snprintf(m.start_message, sizeof m.start_message, "%s", message ? message : "");
    unlock();
}
EXPORT void tether_set_ssid(const char *utf8) {
    lock(); m.ssid_len = (uint32_t) utf8_to_16(utf8, m.ssid, MAX_TEXT); unlock();
}
/* As if set in Windows' Settings: UTF-8 in, UTF-16 code units held (a character beyond Latin-1 proves the
 * binding decodes UTF-16, not the platform's 4-byte wchar_t). */
EXPORT void tether_set_passphrase(const char *utf8) {
    lock(); m.pass_len = (uint32_t) utf8_to_16(utf8, m.pass, MAX_TEXT); unlock();
}
EXPORT long tether_status_polls(void) { return __atomic_load_n(&status_polls, __ATOMIC_SEQ_CST); }
EXPORT long tether_factory_activations(void) { return __atomic_load_n(&factory_activations, __ATOMIC_SEQ_CST); }
EXPORT long tether_passphrase_reads(void) { return __atomic_load_n(&passphrase_reads, __ATOMIC_SEQ_CST); }
EXPORT int tether_add_client(const char *mac) {
    lock();
    int ok = m.n_clients < MAX_CLIENTS;
    if (ok) snprintf(m.clients[m.n_clients++], 24, "%s", mac);
    unlock();
    return ok ? 0 : -1;
}
EXPORT int tether_ssid(char *buf, int cap) { lock(); int n = utf16_to_8(m.ssid, m.ssid_len, buf, cap); unlock(); return n; }
EXPORT int tether_passphrase(char *buf, int cap) {
    lock(); int n = utf16_to_8(m.pass, m.pass_len, buf, cap); unlock(); return n;
}
EXPORT int tether_log(char *buf, int cap) {
    lock(); snprintf(buf, (size_t) cap, "%s", m.log); int n = (int) strlen(buf); unlock(); return n;
}
EXPORT long tether_live_objects(void) { return __atomic_load_n(&live_objects, __ATOMIC_SEQ_CST); }
EXPORT long tether_live_strings(void) { return __atomic_load_n(&live_strings, __ATOMIC_SEQ_CST); }
EXPORT long long tether_async_nanos(void) { lock(); long long n = async_ns; unlock(); return n; }
/* Threads initialised and not yet uninitialised: RoUninitialize must run on the thread that initialised. */
EXPORT long tether_live_apartments(void) { return __atomic_load_n(&live_apartments, __ATOMIC_SEQ_CST); }
EXPORT long tether_live_threads(void) { return __atomic_load_n(&live_threads, __ATOMIC_SEQ_CST); }
