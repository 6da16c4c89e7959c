/*
 * wlanapi_standin.c: a Linux stand-in for the Hosted Network part of Windows wlanapi.dll.
 *
 * Built as libwlanapi.so and put on jna.library.path, it lets the project's JNA mapping make real
 * native calls with the Windows x64 binary layouts (see src/site/markdown/windows-binary-contract.md), while
 * tests steer it through the standin_* controls: faults (service stopped, unsupported driver, RPC
 * failure), a hanging service, elevation, peers, notification bursts, and counters that prove every
 * block handed out is freed and no callback re-enters the API.
 *
 *   gcc -shared -fPIC -O2 -Wall -Wextra -Werror -pthread -o libwlanapi.so wlanapi_standin.c
 *
 * One global model guarded by one mutex. Notifications are delivered by one lazily started thread
 * that never holds the mutex while a callback runs, as Windows delivers them from its own thread.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime, pthread_condattr_setclock, even under -std=c11 */
#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility("default")))

/* ---- Windows types, spelt with fixed-width types so that Linux x86-64 matches Windows x64 ---- */
typedef uint32_t DWORD;
typedef int32_t BOOL;
typedef void *HANDLE;
typedef void *PVOID;
typedef uint8_t UCHAR;

typedef struct { uint32_t Data1; uint16_t Data2; uint16_t Data3; uint8_t Data4[8]; } GUID;
typedef struct { uint32_t uSSIDLength; UCHAR ucSSID[32]; } DOT11_SSID;
typedef struct { UCHAR PeerMacAddress[6]; uint32_t PeerAuthState; } WLAN_HOSTED_NETWORK_PEER_STATE;
typedef struct {
    uint32_t HostedNetworkState;
    GUID IPDeviceID;
    UCHAR wlanHostedNetworkBSSID[6];
    uint32_t dot11PhyType;
    uint32_t ulChannelFrequency;
    DWORD dwNumberOfPeers;
    WLAN_HOSTED_NETWORK_PEER_STATE PeerList[1]; /* really dwNumberOfPeers entries */
} WLAN_HOSTED_NETWORK_STATUS;
typedef struct { DOT11_SSID hostedNetworkSSID; DWORD dwMaxNumberOfPeers; } WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS;
typedef struct { uint32_t dot11AuthAlgo; uint32_t dot11CipherAlgo; } WLAN_HOSTED_NETWORK_SECURITY_SETTINGS;
typedef struct { uint32_t OldState; uint32_t NewState; uint32_t StateChangeReason; } WLAN_HOSTED_NETWORK_STATE_CHANGE;
typedef struct {
    WLAN_HOSTED_NETWORK_PEER_STATE OldState;
    WLAN_HOSTED_NETWORK_PEER_STATE NewState;
    uint32_t PeerStateChangeReason;
} WLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE;
typedef struct { uint32_t dot11SoftwareRadioState; uint32_t dot11HardwareRadioState; } WLAN_HOSTED_NETWORK_RADIO_STATE;
typedef struct {
    DWORD NotificationSource;
    DWORD NotificationCode;
    GUID InterfaceGuid;
    DWORD dwDataSize;
    PVOID pData;
} WLAN_NOTIFICATION_DATA;
/* WINAPI is the single x64 convention; on Linux x86-64 that is the plain C (SysV) convention. */
typedef void (*WLAN_NOTIFICATION_CALLBACK)(WLAN_NOTIFICATION_DATA *, PVOID);

/* The Windows x64 layouts of windows-binary-contract.md (checked by LayoutGroundTruthTest). */
_Static_assert(sizeof(GUID) == 16, "GUID");
_Static_assert(sizeof(DOT11_SSID) == 36 && offsetof(DOT11_SSID, ucSSID) == 4, "DOT11_SSID");
_Static_assert(sizeof(WLAN_HOSTED_NETWORK_PEER_STATE) == 12, "PEER_STATE size");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_PEER_STATE, PeerAuthState) == 8, "PEER_STATE auth");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_STATUS, IPDeviceID) == 4, "STATUS guid");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_STATUS, wlanHostedNetworkBSSID) == 20, "STATUS bssid");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_STATUS, dot11PhyType) == 28, "STATUS phy");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_STATUS, ulChannelFrequency) == 32, "STATUS freq");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_STATUS, dwNumberOfPeers) == 36, "STATUS npeers");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_STATUS, PeerList) == 40, "STATUS peers");
_Static_assert(sizeof(WLAN_HOSTED_NETWORK_STATUS) == 52, "STATUS size with one peer");
_Static_assert(sizeof(WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS) == 40, "CONNECTION_SETTINGS size");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS, dwMaxNumberOfPeers) == 36, "CONNECTION_SETTINGS peers");
_Static_assert(sizeof(WLAN_HOSTED_NETWORK_SECURITY_SETTINGS) == 8, "SECURITY_SETTINGS size");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_SECURITY_SETTINGS, dot11CipherAlgo) == 4, "SECURITY_SETTINGS cipher");
_Static_assert(sizeof(WLAN_HOSTED_NETWORK_STATE_CHANGE) == 12, "STATE_CHANGE size");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_STATE_CHANGE, NewState) == 4, "STATE_CHANGE new");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_STATE_CHANGE, StateChangeReason) == 8, "STATE_CHANGE reason");
_Static_assert(sizeof(WLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE) == 28, "PEER_STATE_CHANGE size");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE, NewState) == 12, "PEER_STATE_CHANGE new");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE, PeerStateChangeReason) == 24, "PEER_STATE_CHANGE reason");
_Static_assert(sizeof(WLAN_HOSTED_NETWORK_RADIO_STATE) == 8, "RADIO_STATE size");
_Static_assert(offsetof(WLAN_HOSTED_NETWORK_RADIO_STATE, dot11HardwareRadioState) == 4, "RADIO_STATE hw");
_Static_assert(sizeof(WLAN_NOTIFICATION_DATA) == 40, "NOTIFICATION_DATA size");
_Static_assert(offsetof(WLAN_NOTIFICATION_DATA, NotificationCode) == 4, "NOTIFICATION_DATA code");
_Static_assert(offsetof(WLAN_NOTIFICATION_DATA, InterfaceGuid) == 8, "NOTIFICATION_DATA guid");
_Static_assert(offsetof(WLAN_NOTIFICATION_DATA, dwDataSize) == 24, "NOTIFICATION_DATA size field");
_Static_assert(offsetof(WLAN_NOTIFICATION_DATA, pData) == 32, "NOTIFICATION_DATA data");

/* ---- numbers from windows-binary-contract.md ---- */
enum { /* Win32 return codes */
    OK = 0, E_ACCESS_DENIED = 5, E_INVALID_HANDLE = 6, E_NOT_ENOUGH_MEMORY = 8, E_NOT_SUPPORTED = 50,
    E_INVALID_PARAMETER = 87, E_SERVICE_NOT_ACTIVE = 1062, E_TOO_MANY_SESSIONS = 1220,
    E_BAD_CONFIGURATION = 1610, E_RPC_SERVER_UNAVAILABLE = 1722, E_INVALID_STATE = 5023
};
enum { /* WLAN_HOSTED_NETWORK_REASON */
    R_SUCCESS = 0, R_UNSPECIFIED = 1, R_BAD_PARAMETERS = 2, R_SERVICE_SHUTTING_DOWN = 3,
    R_INSUFFICIENT_RESOURCES = 4, R_ELEVATION_REQUIRED = 5, R_READ_ONLY = 6, R_STOP_BEFORE_START = 10, R_INTERFACE_AVAILABLE = 11,
    R_INTERFACE_UNAVAILABLE = 12, R_USER_ACTION = 17, R_PEER_ARRIVED = 20, R_PEER_DEPARTED = 21,
    R_GP_DENIED = 23, R_SERVICE_UNAVAILABLE = 24, R_PROPERTIES_CHANGE = 26
};
enum { ST_UNAVAILABLE = 0, ST_IDLE = 1, ST_ACTIVE = 2 };
enum { OPC_CONNECTION = 0, OPC_SECURITY = 1, OPC_STATION_PROFILE = 2, OPC_ENABLE = 3 };
enum { VT_QUERY_ONLY = 0, VT_SET_BY_USER = 2 };
enum { FAULT_NONE = 0, FAULT_SERVICE_STOPPED = 1, FAULT_UNSUPPORTED = 2, FAULT_RPC = 3 };
enum { SOURCE_NONE = 0, SOURCE_HNWK = 0x80 };
enum { CODE_STATE = 0x1000, CODE_PEER = 0x1001, CODE_RADIO = 0x1002 };

#define MAX_HANDLES 64
#define MAX_PEERS 100
#define KEY_MAX 64
#define KEY_LOG_MAX 128
#define HANDLE_BASE 0x1000u
#define ALLOC_MAGIC 0x574c414e4d454d21ull /* "WLANMEM!" */
#define KEY_MAGIC 0x574c414e4b455921ull   /* "WLANKEY!": a secondary key's copy, checked for a wipe when freed */

static const GUID k_iface_guid = {0x6f3c1d2e, 0x4b5a, 0x4c3d, {1, 2, 3, 4, 5, 6, 7, 8}};
static const UCHAR k_bssid[6] = {0x02, 0x11, 0x22, 0x33, 0x44, 0x55};

/* Header in front of every block handed to the caller; the list lets WlanFreeMemory recognise our
 * blocks by address alone, so a foreign or double-freed pointer is counted without being read. */
struct alloc_hdr { uint64_t magic; struct alloc_hdr *prev, *next; uint64_t size; };
_Static_assert(sizeof(struct alloc_hdr) % 16 == 0, "keeps the caller's block 16-byte aligned");

struct notif { struct notif *next; uint64_t seq; DWORD code, size; uint8_t data[28]; };

struct slot {                  /* one client handle */
    uintptr_t token;           /* the HANDLE value given out; 0 when free */
    uint32_t start_refs;       /* WlanHostedNetworkStartUsing references held by this handle */
    DWORD source;              /* SOURCE_NONE or SOURCE_HNWK */
    WLAN_NOTIFICATION_CALLBACK cb;
    PVOID ctx;
    uint64_t reg_seq;          /* first notification sequence number this registration may see */
};

static struct model {
    pthread_mutex_t mu;
    pthread_cond_t work_cv;    /* notifier: the queue has work or it must stop */
    pthread_cond_t idle_cv;    /* a callback or a queued notification finished */
    pthread_cond_t hang_cv;    /* the hang was cleared */
    /* the network */
    int service_running, interface_available, elevated, has_settings, enabled, force_started, fault;
    int fail_with_buffer; /* property queries fail yet hand out their buffer, as a caller must expect */
    uint32_t state, ssid_len, max_peers, npeers, hang_ms;
    uint8_t ssid[32];
    uint8_t peers[MAX_PEERS][6];
    uint8_t key[KEY_MAX];
    int key_len;
    uint8_t sec_key[KEY_MAX];
    int sec_len, sec_is_pass, sec_persistent, sec_present;
    /* the log of the last SetSecondaryKey call: what the caller handed over, accepted or not */
    uint8_t set_log[KEY_LOG_MAX];
    int64_t set_log_len; /* dwKeyLength as received; -1 before the first call */
    int set_log_calls;
    int profile_key; /* standin_set_profile_key: whether the station profile carries the primary key */
    /* clients */
    struct slot slots[MAX_HANDLES];
    uint64_t generation;
    /* notifications */
    struct notif *q_head, *q_tail;
    uint64_t next_seq;
    pthread_t notifier;
    int notifier_started, stopping, delivering; /* delivering: a popped notification is in progress */
    uintptr_t cb_token;                          /* handle whose callback runs right now, else 0 */
    /* bookkeeping (never reset) */
    struct alloc_hdr *allocs;
    int64_t outstanding, bad_frees, reentrant, calls, delivered, unwiped_keys;
    uint64_t rng;
    DWORD fail_code;        /* standin_set_fail_code: every service call answers this code (0: off) */
} g = {.mu = PTHREAD_MUTEX_INITIALIZER};

/* ---------------------------------------------------------------- helpers (mutex held) ---- */

static struct timespec deadline_after(uint32_t ms)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_sec += ms / 1000;
    t.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) { t.tv_sec++; t.tv_nsec -= 1000000000L; }
    return t;
}

static int on_notifier_thread(void)
{
    return g.notifier_started && pthread_equal(g.notifier, pthread_self());
}

/* xorshift64, seeded from time and pid: keys only need to differ, not to be secret. */
static uint64_t next_random(void)
{
    if (g.rng == 0) {
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        g.rng = ((uint64_t)t.tv_sec * 1000000007ull) ^ (uint64_t)t.tv_nsec ^ ((uint64_t)getpid() << 32);
        if (g.rng == 0) g.rng = 0x9e3779b97f4a7c15ull;
    }
    g.rng ^= g.rng << 13;
    g.rng ^= g.rng >> 7;
    g.rng ^= g.rng << 17;
    return g.rng;
}

/* Windows makes a random printable passphrase; ours is 16 alphanumerics, never the old key. */
static void new_primary_key(void)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    uint8_t k[16];
    do {
        for (size_t i = 0; i < sizeof k; i++) k[i] = (uint8_t)alphabet[next_random() % (sizeof alphabet - 1)];
    } while (g.key_len == (int)sizeof k && memcmp(k, g.key, sizeof k) == 0);
    memcpy(g.key, k, sizeof k);
    g.key_len = (int)sizeof k;
}

static void *notifier_main(void *arg);

/* Queue a hosted-network notification; the data is copied, the thread starts on first use. */
static void queue_notify(DWORD code, const void *data, DWORD size)
{
    struct notif *n = calloc(1, sizeof *n);
    if (!n) return; /* a lost notification, as under memory pressure on Windows */
    n->seq = g.next_seq++;
    n->code = code;
    n->size = size;
    memcpy(n->data, data, size);
    if (g.q_tail) g.q_tail->next = n; else g.q_head = n;
    g.q_tail = n;
    /* The mutex is held across pthread_create, so the thread sees g.notifier set before it runs. */
    if (!g.notifier_started && !g.stopping && pthread_create(&g.notifier, NULL, notifier_main, NULL) == 0)
        g.notifier_started = 1;
    pthread_cond_signal(&g.work_cv);
}

static uint32_t total_refs(void)
{
    uint32_t n = 0;
    for (int i = 0; i < MAX_HANDLES; i++) n += g.slots[i].start_refs;
    return n;
}

/* Every state change goes through here, so notifications and the invariant
 * "active <=> force-started or StartUsing-referenced" cannot be forgotten. Leaving active drops the
 * peers and every start reference: a restarted network needs a new start, as on Windows. */
static void set_state(uint32_t new_state, uint32_t reason)
{
    if (g.state == new_state) return;
    WLAN_HOSTED_NETWORK_STATE_CHANGE c = {g.state, new_state, reason};
    if (g.state == ST_ACTIVE && g.sec_present && !g.sec_persistent) {
        /* A temporary secondary key lasts for the current run only (windows-binary-contract.md: SetSecondaryKey). */
        memset(g.sec_key, 0, sizeof g.sec_key);
        g.sec_present = g.sec_len = g.sec_is_pass = 0;
    }
    g.state = new_state;
    if (new_state != ST_ACTIVE) {
        g.npeers = 0;
        g.force_started = 0;
        for (int i = 0; i < MAX_HANDLES; i++) g.slots[i].start_refs = 0;
    }
    queue_notify(CODE_STATE, &c, sizeof c);
}

static void idle_if_unreferenced(uint32_t reason)
{
    if (g.state == ST_ACTIVE && !g.force_started && total_refs() == 0) set_state(ST_IDLE, reason);
}

/* A restarted or stopped service forgets every client: handles, registrations, StartUsing refs. */
static void drop_all_handles(uint32_t reason)
{
    memset(g.slots, 0, sizeof g.slots);
    idle_if_unreferenced(reason);
}

/* Wait until no callback runs (none can start afterwards: the caller removed the registrations).
 * On the notifier thread itself that would wait for ourselves, so we do not. */
static void wait_no_callback(uintptr_t token)
{
    if (on_notifier_thread()) return;
    while (g.cb_token != 0 && (token == 0 || g.cb_token == token)) pthread_cond_wait(&g.idle_cv, &g.mu);
}

static struct slot *find_slot(HANDLE h)
{
    uintptr_t v = (uintptr_t)h;
    if (v < HANDLE_BASE) return NULL;
    struct slot *s = &g.slots[(v - HANDLE_BASE) % MAX_HANDLES];
    return s->token == v ? s : NULL;
}

static void *counted_alloc(size_t size)
{
    struct alloc_hdr *a = calloc(1, sizeof *a + size);
    if (!a) return NULL;
    a->magic = ALLOC_MAGIC;
    a->size = size;
    a->next = g.allocs;
    if (g.allocs) g.allocs->prev = a;
    g.allocs = a;
    g.outstanding++;
    return a + 1;
}

/* A hung service (standin_set_hang_millis): wait without holding the mutex; clearing wakes us. */
static void hang_wait(void)
{
    if (g.hang_ms == 0) return;
    struct timespec dl = deadline_after(g.hang_ms);
    while (g.hang_ms != 0)
        if (pthread_cond_timedwait(&g.hang_cv, &g.mu, &dl) == ETIMEDOUT) break;
}

/* Handle checks in the documented order: stopped service first (1062), then NULL handle or
 * non-NULL reserved (87), then a handle that is unknown, closed or lost in a service restart (6). */
static DWORD check_handle(HANDLE h, PVOID reserved, struct slot **ps, DWORD *reason)
{
    if (!g.service_running) { *reason = R_SERVICE_UNAVAILABLE; return E_SERVICE_NOT_ACTIVE; }
    if (h == NULL || reserved != NULL) { *reason = R_BAD_PARAMETERS; return E_INVALID_PARAMETER; }
    if ((*ps = find_slot(h)) == NULL) { *reason = R_UNSPECIFIED; return E_INVALID_HANDLE; }
    return OK;
}

/* Entry of every WlanHostedNetwork* call: count it, hang if asked, check the handle. */
static DWORD hn_enter(HANDLE h, PVOID reserved, struct slot **ps, DWORD *reason)
{
    g.calls++;
    hang_wait();
    return check_handle(h, reserved, ps, reason);
}

/* Faults answered by the service once the client-side checks passed. */
static DWORD hn_fault(DWORD *reason)
{
    if (g.fail_code) { *reason = R_UNSPECIFIED; return g.fail_code; }
    if (g.fault == FAULT_RPC) { *reason = R_UNSPECIFIED; return E_RPC_SERVER_UNAVAILABLE; }
    /* Most Windows 10/11 drivers no longer support the Hosted Network: 5023, interface unavailable. */
    if (!g.interface_available) { *reason = R_INTERFACE_UNAVAILABLE; return E_INVALID_STATE; }
    return OK;
}

/* The model's initial state; counters and allocations survive on purpose. */
static void reset_model(void)
{
    struct notif *n = g.q_head;
    while (n) { struct notif *next = n->next; free(n); n = next; }
    g.q_head = g.q_tail = NULL;
    memset(g.slots, 0, sizeof g.slots);
    g.service_running = g.interface_available = g.elevated = g.enabled = 1;
    g.has_settings = g.force_started = 0;
    g.fault = FAULT_NONE;
    g.fail_code = 0;
    g.fail_with_buffer = 0;
    g.state = ST_IDLE;
    g.ssid_len = g.max_peers = g.npeers = 0;
    memset(g.ssid, 0, sizeof g.ssid);
    g.key_len = 0;
    g.sec_len = g.sec_is_pass = g.sec_persistent = g.sec_present = 0;
    memset(g.sec_key, 0, sizeof g.sec_key);
    memset(g.set_log, 0, sizeof g.set_log);
    g.set_log_len = -1;
    g.set_log_calls = 0;
    g.profile_key = 0;
    g.hang_ms = 0;
    pthread_cond_broadcast(&g.hang_cv);
}

/* ------------------------------------------------------------------- notification thread ---- */

/* Delivers queued notifications in order to every handle registered for HNWK, one callback at a
 * time and never under the mutex, so callbacks may call the API (except the calls that deadlock
 * on Windows, which are refused and counted). */
static void *notifier_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&g.mu);
    while (!g.stopping) {
        if (!g.q_head) { pthread_cond_wait(&g.work_cv, &g.mu); continue; }
        struct notif *n = g.q_head;
        g.q_head = n->next;
        if (!g.q_head) g.q_tail = NULL;
        g.delivering = 1;
        for (int i = 0; i < MAX_HANDLES && !g.stopping; i++) {
            struct slot *s = &g.slots[i];
            /* Checked under the mutex right before each call: once an unregistration returned, no
             * new callback for that handle can start. reg_seq keeps older news from new clients. */
            if (s->token == 0 || s->source != SOURCE_HNWK || s->cb == NULL || n->seq < s->reg_seq) continue;
            WLAN_NOTIFICATION_CALLBACK cb = s->cb;
            PVOID ctx = s->ctx;
            g.cb_token = s->token;
            pthread_mutex_unlock(&g.mu);
            uint8_t data[sizeof n->data]; /* ours, valid during the callback only */
            memcpy(data, n->data, sizeof data);
            WLAN_NOTIFICATION_DATA nd = {SOURCE_HNWK, n->code, k_iface_guid, n->size, data};
            cb(&nd, ctx);
            pthread_mutex_lock(&g.mu);
            g.cb_token = 0;
            g.delivered++;
            pthread_cond_broadcast(&g.idle_cv);
        }
        free(n);
        g.delivering = 0;
        pthread_cond_broadcast(&g.idle_cv);
    }
    pthread_mutex_unlock(&g.mu);
    return NULL;
}

__attribute__((constructor)) static void standin_init(void)
{
    /* Monotonic clock for the timed waits: the hang and wait_idle must not follow clock changes. */
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&g.work_cv, &a);
    pthread_cond_init(&g.idle_cv, &a);
    pthread_cond_init(&g.hang_cv, &a);
    pthread_condattr_destroy(&a);
    pthread_mutex_lock(&g.mu);
    reset_model();
    /* Tests that run the stand-in inside another JVM cannot call the controls: they set these instead. */
    const char *hang = getenv("STANDIN_HANG_MILLIS");
    if (hang != NULL) g.hang_ms = (uint32_t)strtoul(hang, NULL, 10);
    pthread_mutex_unlock(&g.mu);
}

/* Stop the notifier at exit or unload so nothing leaks; a callback stuck in a dying host (a JVM
 * shutting down) gets half a second, then we leave the thread rather than stall the exit. */
__attribute__((destructor)) static void standin_fini(void)
{
    pthread_mutex_lock(&g.mu);
    int join = 0;
    if (g.notifier_started && !on_notifier_thread()) {
        g.stopping = 1;
        pthread_cond_broadcast(&g.work_cv);
        struct timespec dl = deadline_after(500);
        while (g.delivering && pthread_cond_timedwait(&g.idle_cv, &g.mu, &dl) != ETIMEDOUT) {}
        join = !g.delivering;
    }
    pthread_mutex_unlock(&g.mu);
    if (!join) return;
    pthread_join(g.notifier, NULL);
    pthread_mutex_lock(&g.mu);
    g.notifier_started = 0;
    for (struct notif *n = g.q_head, *next; n; n = next) { next = n->next; free(n); }
    g.q_head = g.q_tail = NULL;
    pthread_mutex_unlock(&g.mu);
}

/* ------------------------------------------------------------ station profile (UTF-16LE) ---- */

struct wbuf { uint16_t *p; size_t n; }; /* p == NULL: only count code units */

static void w_unit(struct wbuf *w, uint32_t u) { if (w->p) w->p[w->n] = (uint16_t)u; w->n++; }
static void w_str(struct wbuf *w, const char *s) { while (*s) w_unit(w, (uint8_t)*s++); }

/* One code point from UTF-8; an invalid sequence yields U+FFFD and consumes one byte. */
static size_t utf8_decode(const uint8_t *s, size_t len, uint32_t *cp)
{
    size_t n;
    uint32_t c, min;
    *cp = 0xFFFD;
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0) { n = 2; c = s[0] & 0x1Fu; min = 0x80; }
    else if ((s[0] & 0xF0) == 0xE0) { n = 3; c = s[0] & 0x0Fu; min = 0x800; }
    else if ((s[0] & 0xF8) == 0xF0) { n = 4; c = s[0] & 0x07u; min = 0x10000; }
    else return 1;
    if (n > len) return 1;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 1;
        c = (c << 6) | (s[i] & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 1;
    *cp = c;
    return n;
}

/* The SSID as XML text: UTF-8 decoded, escaped, control characters replaced. */
static void w_ssid_text(struct wbuf *w)
{
    for (size_t i = 0; i < g.ssid_len;) {
        uint32_t cp;
        i += utf8_decode(g.ssid + i, g.ssid_len - i, &cp);
        switch (cp) {
        case '&': w_str(w, "&amp;"); break;
        case '<': w_str(w, "&lt;"); break;
        case '>': w_str(w, "&gt;"); break;
        case '"': w_str(w, "&quot;"); break;
        case '\'': w_str(w, "&apos;"); break;
        default:
            if (cp < 0x20) cp = 0xFFFD;
            if (cp >= 0x10000) { w_unit(w, 0xD800 | ((cp - 0x10000) >> 10)); w_unit(w, 0xDC00 | (cp & 0x3FF)); }
            else w_unit(w, cp);
        }
    }
}

/* A WLAN profile a station could use to join (WPA2-PSK/AES as the Hosted Network always is). By
 * default it carries no key material (that Windows puts the primary key there is UNCONFIRMED);
 * standin_set_profile_key(1) adds it in clear text, as <sharedKey><keyMaterial>. */
static void write_profile(struct wbuf *w)
{
    static const char hex[] = "0123456789ABCDEF";
    w_str(w, "<?xml version=\"1.0\"?>\r\n<WLANProfile xmlns=\"http://www.microsoft.com/networking/WLAN/profile/v1\">\r\n"
             "\t<name>");
    w_ssid_text(w);
    w_str(w, "</name>\r\n\t<SSIDConfig>\r\n\t\t<SSID>\r\n\t\t\t<hex>");
    for (size_t i = 0; i < g.ssid_len; i++) { w_unit(w, (uint8_t)hex[g.ssid[i] >> 4]); w_unit(w, (uint8_t)hex[g.ssid[i] & 15]); }
    w_str(w, "</hex>\r\n\t\t\t<name>");
    w_ssid_text(w);
    w_str(w, "</name>\r\n\t\t</SSID>\r\n\t</SSIDConfig>\r\n\t<connectionType>ESS</connectionType>\r\n"
             "\t<connectionMode>manual</connectionMode>\r\n\t<MSM>\r\n\t\t<security>\r\n\t\t\t<authEncryption>\r\n"
             "\t\t\t\t<authentication>WPA2PSK</authentication>\r\n\t\t\t\t<encryption>AES</encryption>\r\n"
             "\t\t\t\t<useOneX>false</useOneX>\r\n\t\t\t</authEncryption>\r\n");
    if (g.profile_key) {
        w_str(w, "\t\t\t<sharedKey>\r\n\t\t\t\t<keyType>passPhrase</keyType>\r\n\t\t\t\t<protected>false</protected>\r\n"
                 "\t\t\t\t<keyMaterial>");
        for (int i = 0; i < g.key_len; i++) w_unit(w, g.key[i]); /* printable ASCII: no escaping needed */
        w_str(w, "</keyMaterial>\r\n\t\t\t</sharedKey>\r\n");
    }
    w_str(w, "\t\t</security>\r\n\t</MSM>\r\n</WLANProfile>\r\n");
    w_unit(w, 0);
}

/* ================================================================== exported wlanapi calls ==== */

EXPORT DWORD WlanOpenHandle(DWORD dwClientVersion, PVOID pReserved, DWORD *pdwNegotiatedVersion, HANDLE *phClientHandle)
{
    DWORD err = OK;
    uintptr_t token = 0;
    pthread_mutex_lock(&g.mu);
    g.calls++;
    if (!g.service_running) err = E_SERVICE_NOT_ACTIVE; /* before anything else */
    else if ((dwClientVersion != 1 && dwClientVersion != 2) || pReserved || !pdwNegotiatedVersion || !phClientHandle)
        err = E_INVALID_PARAMETER;
    else {
        int i = 0;
        while (i < MAX_HANDLES && g.slots[i].token != 0) i++;
        if (i == MAX_HANDLES) err = E_TOO_MANY_SESSIONS;
        else {
            /* An opaque token, never a pointer; the generation makes stale handles fail with 6. */
            token = HANDLE_BASE + (uintptr_t)(++g.generation) * MAX_HANDLES + (uintptr_t)i;
            memset(&g.slots[i], 0, sizeof g.slots[i]);
            g.slots[i].token = token;
        }
    }
    pthread_mutex_unlock(&g.mu);
    if (err == OK) { *pdwNegotiatedVersion = 2; *phClientHandle = (HANDLE)token; }
    return err;
}

EXPORT DWORD WlanCloseHandle(HANDLE hClientHandle, PVOID pReserved)
{
    DWORD err, reason;
    struct slot *s = NULL;
    pthread_mutex_lock(&g.mu);
    g.calls++;
    if (on_notifier_thread()) {
        /* Windows waits for the running callback: closing from inside it deadlocks. Refuse, count. */
        g.reentrant++;
        err = E_INVALID_PARAMETER;
    } else if ((err = check_handle(hClientHandle, pReserved, &s, &reason)) == OK) {
        uintptr_t token = s->token;
        memset(s, 0, sizeof *s); /* drops its StartUsing refs and its registration */
        idle_if_unreferenced(R_USER_ACTION);
        wait_no_callback(token); /* documented: returns only after its callbacks finished */
    }
    pthread_mutex_unlock(&g.mu);
    return err;
}

EXPORT void WlanFreeMemory(PVOID pMemory)
{
    pthread_mutex_lock(&g.mu);
    g.calls++;
    if (pMemory) {
        /* Compare addresses only: a pointer we never handed out is counted, not dereferenced. */
        uintptr_t want = (uintptr_t)pMemory - sizeof(struct alloc_hdr);
        struct alloc_hdr *a = g.allocs;
        while (a && (uintptr_t)a != want) a = a->next;
        if (a && a->magic == KEY_MAGIC) {
            size_t i = 0;
            const unsigned char *bytes = (const unsigned char *)(a + 1);
            while (i < a->size && bytes[i] == 0) i++;
            if (i < a->size) g.unwiped_keys++; /* the key was freed with its bytes still in memory */
            a->magic = ALLOC_MAGIC;
        }
        if (a && a->magic == ALLOC_MAGIC) {
            a->magic = 0;
            if (a->prev) a->prev->next = a->next; else g.allocs = a->next;
            if (a->next) a->next->prev = a->prev;
            free(a);
            g.outstanding--;
        } else {
            g.bad_frees++;
        }
    }
    pthread_mutex_unlock(&g.mu);
}

enum { OP_REFRESH, OP_INIT, OP_START, OP_STOP, OP_FORCE_START, OP_FORCE_STOP };

/* The six calls shaped (handle, optional reason out, reserved). */
static DWORD simple_call(int op, HANDLE h, DWORD *pFailReason, PVOID pvReserved)
{
    DWORD reason = R_UNSPECIFIED, err;
    struct slot *s = NULL;
    pthread_mutex_lock(&g.mu);
    err = hn_enter(h, pvReserved, &s, &reason);
    if (err == OK) err = hn_fault(&reason);
    if (err == OK) {
        int force = (op == OP_FORCE_START || op == OP_FORCE_STOP);
        switch (op) {
        case OP_REFRESH: /* new primary key, persisted; an active network drops to idle, not restarted */
            new_primary_key();
            if (g.state == ST_ACTIVE) set_state(ST_IDLE, R_PROPERTIES_CHANGE);
            break;
        case OP_INIT: /* a no-op once settings exist */
            if (!g.has_settings) {
                static const char name[] = "HOSTEDNET-STANDIN";
                memset(g.ssid, 0, sizeof g.ssid);
                memcpy(g.ssid, name, sizeof name - 1);
                g.ssid_len = sizeof name - 1;
                g.max_peers = MAX_PEERS;
                new_primary_key();
                g.has_settings = 1;
            }
            break;
        case OP_START:
        case OP_FORCE_START:
            if (force && !g.elevated) { err = E_ACCESS_DENIED; reason = R_ELEVATION_REQUIRED; }
            else if (!g.has_settings) { err = E_BAD_CONFIGURATION; reason = R_BAD_PARAMETERS; }
            else if (!g.enabled) { err = E_INVALID_STATE; reason = R_GP_DENIED; }
            else {
                if (force) g.force_started = 1; else s->start_refs++;
                set_state(ST_ACTIVE, R_SUCCESS); /* no-op when already active */
            }
            break;
        case OP_STOP:
        case OP_FORCE_STOP:
            if (force && !g.elevated) { err = E_ACCESS_DENIED; reason = R_ELEVATION_REQUIRED; }
            else if (force) {
                g.force_started = 0; /* ForceStop also ends every StartUsing reference */
                for (int i = 0; i < MAX_HANDLES; i++) g.slots[i].start_refs = 0;
                idle_if_unreferenced(R_USER_ACTION);
            } else if (s->start_refs == 0) { err = E_INVALID_STATE; reason = R_STOP_BEFORE_START; }
            else { s->start_refs--; idle_if_unreferenced(R_USER_ACTION); }
            break;
        }
    }
    pthread_mutex_unlock(&g.mu);
    if (pFailReason) *pFailReason = err ? reason : R_SUCCESS;
    return err;
}

EXPORT DWORD WlanHostedNetworkRefreshSecuritySettings(HANDLE h, DWORD *pFailReason, PVOID pvReserved)
{ return simple_call(OP_REFRESH, h, pFailReason, pvReserved); }
EXPORT DWORD WlanHostedNetworkInitSettings(HANDLE h, DWORD *pFailReason, PVOID pvReserved)
{ return simple_call(OP_INIT, h, pFailReason, pvReserved); }
EXPORT DWORD WlanHostedNetworkStartUsing(HANDLE h, DWORD *pFailReason, PVOID pvReserved)
{ return simple_call(OP_START, h, pFailReason, pvReserved); }
EXPORT DWORD WlanHostedNetworkStopUsing(HANDLE h, DWORD *pFailReason, PVOID pvReserved)
{ return simple_call(OP_STOP, h, pFailReason, pvReserved); }
EXPORT DWORD WlanHostedNetworkForceStart(HANDLE h, DWORD *pFailReason, PVOID pvReserved)
{ return simple_call(OP_FORCE_START, h, pFailReason, pvReserved); }
EXPORT DWORD WlanHostedNetworkForceStop(HANDLE h, DWORD *pFailReason, PVOID pvReserved)
{ return simple_call(OP_FORCE_STOP, h, pFailReason, pvReserved); }

EXPORT DWORD WlanHostedNetworkQueryStatus(HANDLE h, WLAN_HOSTED_NETWORK_STATUS **ppWlanHostedNetworkStatus, PVOID pvReserved)
{
    DWORD reason, err;
    struct slot *s = NULL;
    WLAN_HOSTED_NETWORK_STATUS *st = NULL;
    pthread_mutex_lock(&g.mu);
    err = hn_enter(h, pvReserved, &s, &reason);
    if (err == OK && !ppWlanHostedNetworkStatus) err = E_INVALID_PARAMETER;
    if (err == OK && g.fault == FAULT_RPC) err = E_RPC_SERVER_UNAVAILABLE;
    /* FAULT_UNSUPPORTED succeeds here: g.state is then ST_UNAVAILABLE and the rest stays zero. */
    if (err == OK) {
        uint32_t n = g.state == ST_ACTIVE ? g.npeers : 0;
        st = counted_alloc(offsetof(WLAN_HOSTED_NETWORK_STATUS, PeerList) + sizeof(WLAN_HOSTED_NETWORK_PEER_STATE) * (n ? n : 1));
        if (!st) err = E_NOT_ENOUGH_MEMORY;
    }
    if (st) {
        st->HostedNetworkState = g.state;
        if (g.state != ST_UNAVAILABLE) st->IPDeviceID = k_iface_guid;
        if (g.state == ST_ACTIVE) {
            /* Through a byte offset: the list is longer than the declared PeerList[1]. */
            WLAN_HOSTED_NETWORK_PEER_STATE *pl = (void *)((uint8_t *)st + offsetof(WLAN_HOSTED_NETWORK_STATUS, PeerList));
            memcpy(st->wlanHostedNetworkBSSID, k_bssid, sizeof k_bssid);
            st->dot11PhyType = 7; /* dot11_phy_type_ht */
            st->ulChannelFrequency = 2437; /* channel 6 */
            st->dwNumberOfPeers = g.npeers;
            for (uint32_t i = 0; i < g.npeers; i++) {
                memcpy(pl[i].PeerMacAddress, g.peers[i], 6);
                pl[i].PeerAuthState = 1;
            }
        }
    }
    pthread_mutex_unlock(&g.mu);
    if (ppWlanHostedNetworkStatus) *ppWlanHostedNetworkStatus = st;
    return err;
}

EXPORT DWORD WlanHostedNetworkQueryProperty(HANDLE h, DWORD OpCode, DWORD *pdwDataSize, PVOID *ppvData,
                                            DWORD *pWlanOpcodeValueType, PVOID pvReserved)
{
    DWORD reason, err, size = 0, type = VT_QUERY_ONLY;
    struct slot *s = NULL;
    void *data = NULL;
    pthread_mutex_lock(&g.mu);
    err = hn_enter(h, pvReserved, &s, &reason);
    if (err == OK && (!pdwDataSize || !ppvData || !pWlanOpcodeValueType)) err = E_INVALID_PARAMETER;
    if (err == OK) err = hn_fault(&reason);
    if (err == OK) {
        if (OpCode > OPC_ENABLE) err = E_INVALID_PARAMETER;
        else if ((OpCode == OPC_CONNECTION || OpCode == OPC_STATION_PROFILE) && !g.has_settings)
            err = E_BAD_CONFIGURATION; /* no SSID yet */
    }
    if (err == OK) {
        struct wbuf w = {NULL, 0};
        switch (OpCode) {
        case OPC_CONNECTION: size = sizeof(WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS); type = VT_SET_BY_USER; break;
        case OPC_SECURITY: size = sizeof(WLAN_HOSTED_NETWORK_SECURITY_SETTINGS); break;
        case OPC_STATION_PROFILE: write_profile(&w); size = (DWORD)(w.n * 2); break; /* bytes incl. NUL */
        default: size = sizeof(BOOL); type = VT_SET_BY_USER; break;
        }
        if ((data = counted_alloc(size)) == NULL) err = E_NOT_ENOUGH_MEMORY;
    }
    if (data && g.fail_with_buffer) err = E_INVALID_STATE; /* filled below all the same */
    if (data) {
        if (OpCode == OPC_CONNECTION) {
            WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS *c = data;
            c->hostedNetworkSSID.uSSIDLength = g.ssid_len;
            memcpy(c->hostedNetworkSSID.ucSSID, g.ssid, sizeof g.ssid);
            c->dwMaxNumberOfPeers = g.max_peers;
        } else if (OpCode == OPC_SECURITY) {
            WLAN_HOSTED_NETWORK_SECURITY_SETTINGS *c = data;
            c->dot11AuthAlgo = 7;   /* DOT11_AUTH_ALGO_RSNA_PSK */
            c->dot11CipherAlgo = 4; /* DOT11_CIPHER_ALGO_CCMP */
        } else if (OpCode == OPC_STATION_PROFILE) {
            struct wbuf w = {data, 0};
            write_profile(&w);
        } else {
            BOOL b = g.enabled;
            memcpy(data, &b, sizeof b);
        }
    }
    pthread_mutex_unlock(&g.mu);
    /* On failure the outputs are cleared, so a careless caller cannot free garbage. */
    if (pdwDataSize) *pdwDataSize = err ? 0 : size;
    if (ppvData) *ppvData = data;
    if (pWlanOpcodeValueType && err == OK) *pWlanOpcodeValueType = type;
    return err;
}

EXPORT DWORD WlanHostedNetworkSetProperty(HANDLE h, DWORD OpCode, DWORD dwDataSize, PVOID pvData,
                                          DWORD *pFailReason, PVOID pvReserved)
{
    DWORD reason = R_BAD_PARAMETERS, err;
    struct slot *s = NULL;
    pthread_mutex_lock(&g.mu);
    err = hn_enter(h, pvReserved, &s, &reason);
    if (err == OK) err = hn_fault(&reason);
    if (err == OK) {
        reason = R_BAD_PARAMETERS;
        if (OpCode == OPC_CONNECTION) {
            WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS c;
            if (dwDataSize != sizeof c || !pvData) err = E_INVALID_PARAMETER;
            else {
                memcpy(&c, pvData, sizeof c); /* the caller's buffer need not be aligned */
                if (c.hostedNetworkSSID.uSSIDLength < 1 || c.hostedNetworkSSID.uSSIDLength > 32 ||
                    c.dwMaxNumberOfPeers < 1 || c.dwMaxNumberOfPeers > MAX_PEERS)
                    err = E_INVALID_PARAMETER;
                else {
                    memset(g.ssid, 0, sizeof g.ssid);
                    memcpy(g.ssid, c.hostedNetworkSSID.ucSSID, c.hostedNetworkSSID.uSSIDLength);
                    g.ssid_len = c.hostedNetworkSSID.uSSIDLength;
                    g.max_peers = c.dwMaxNumberOfPeers;
                    g.has_settings = 1;
                    if (g.key_len == 0) new_primary_key(); /* a configured network always has a key */
                    if (g.state == ST_ACTIVE) set_state(ST_IDLE, R_PROPERTIES_CHANGE);
                }
            }
        } else if (OpCode == OPC_ENABLE) {
            BOOL b;
            if (dwDataSize != sizeof b || !pvData) err = E_INVALID_PARAMETER;
            else if (!g.elevated) { err = E_ACCESS_DENIED; reason = R_ELEVATION_REQUIRED; }
            else {
                memcpy(&b, pvData, sizeof b);
                g.enabled = b != 0;
                if (!g.enabled && g.state == ST_ACTIVE) set_state(ST_IDLE, R_PROPERTIES_CHANGE);
            }
        } else if (OpCode == OPC_SECURITY || OpCode == OPC_STATION_PROFILE) {
            err = E_NOT_SUPPORTED;
            reason = R_READ_ONLY;
        } else {
            err = E_INVALID_PARAMETER;
        }
    }
    pthread_mutex_unlock(&g.mu);
    if (pFailReason) *pFailReason = err ? reason : R_SUCCESS;
    return err;
}

EXPORT DWORD WlanHostedNetworkSetSecondaryKey(HANDLE h, DWORD dwKeyLength, UCHAR *pucKeyData, BOOL bIsPassPhrase,
                                              BOOL bPersistent, DWORD *pFailReason, PVOID pvReserved)
{
    DWORD reason = R_BAD_PARAMETERS, err;
    struct slot *s = NULL;
    pthread_mutex_lock(&g.mu);
    err = hn_enter(h, pvReserved, &s, &reason);
    if (err == OK) {
        /* The log proves what reached "Windows": the length as given and the bytes it covers. */
        g.set_log_calls++;
        g.set_log_len = dwKeyLength;
        memset(g.set_log, 0, sizeof g.set_log);
        if (pucKeyData) memcpy(g.set_log, pucKeyData, dwKeyLength < KEY_LOG_MAX ? dwKeyLength : KEY_LOG_MAX);
    }
    if (err == OK) err = hn_fault(&reason);
    if (err == OK) {
        reason = R_BAD_PARAMETERS;
        if (dwKeyLength == 0 && pucKeyData == NULL) {
            g.sec_present = g.sec_len = g.sec_is_pass = g.sec_persistent = 0; /* (0, NULL) removes it */
        } else if ((dwKeyLength == 0) != (pucKeyData == NULL)) {
            err = E_INVALID_PARAMETER;
        } else if (bIsPassPhrase) {
            /* 8..63 printable ASCII characters; dwKeyLength counts the terminating NUL (9..64). */
            if (dwKeyLength < 9 || dwKeyLength > 64 || pucKeyData[dwKeyLength - 1] != 0) err = E_INVALID_PARAMETER;
            for (DWORD i = 0; err == OK && i + 1 < dwKeyLength; i++)
                if (pucKeyData[i] < 32 || pucKeyData[i] > 126) err = E_INVALID_PARAMETER;
        } else if (dwKeyLength != 32) {
            err = E_INVALID_PARAMETER; /* a raw key is exactly 32 bytes */
        }
        if (err == OK && dwKeyLength > 0) {
            memcpy(g.sec_key, pucKeyData, dwKeyLength);
            g.sec_len = (int)dwKeyLength;
            g.sec_is_pass = bIsPassPhrase != 0;
            g.sec_persistent = bPersistent != 0;
            g.sec_present = 1;
        }
    }
    pthread_mutex_unlock(&g.mu);
    if (pFailReason) *pFailReason = err ? reason : R_SUCCESS;
    return err;
}

EXPORT DWORD WlanHostedNetworkQuerySecondaryKey(HANDLE h, DWORD *pdwKeyLength, UCHAR **ppucKeyData, BOOL *pbIsPassPhrase,
                                                BOOL *pbPersistent, DWORD *pFailReason, PVOID pvReserved)
{
    DWORD reason = R_BAD_PARAMETERS, err;
    struct slot *s = NULL;
    UCHAR *copy = NULL;
    pthread_mutex_lock(&g.mu);
    err = hn_enter(h, pvReserved, &s, &reason);
    if (err == OK && (!pdwKeyLength || !ppucKeyData || !pbIsPassPhrase || !pbPersistent)) {
        err = E_INVALID_PARAMETER;
        reason = R_BAD_PARAMETERS;
    }
    if (err == OK) err = hn_fault(&reason);
    if (err == OK && g.sec_present) {
        if ((copy = counted_alloc((size_t)g.sec_len)) == NULL) { err = E_NOT_ENOUGH_MEMORY; reason = R_INSUFFICIENT_RESOURCES; }
        else {
            memcpy(copy, g.sec_key, (size_t)g.sec_len);
            ((struct alloc_hdr *)copy - 1)->magic = KEY_MAGIC;
        }
    }
    if (err == OK) {
        *pdwKeyLength = copy ? (DWORD)g.sec_len : 0;
        *ppucKeyData = copy;
        *pbIsPassPhrase = copy ? g.sec_is_pass : 0;
        *pbPersistent = copy ? g.sec_persistent : 0;
    }
    pthread_mutex_unlock(&g.mu);
    if (pFailReason) *pFailReason = err ? reason : R_SUCCESS;
    return err;
}

EXPORT DWORD WlanRegisterNotification(HANDLE h, DWORD dwNotifSource, BOOL bIgnoreDuplicate, WLAN_NOTIFICATION_CALLBACK cb,
                                      PVOID pCallbackContext, PVOID pReserved, DWORD *pdwPrevNotifSource)
{
    DWORD err, reason, prev = SOURCE_NONE;
    struct slot *s = NULL;
    (void)bIgnoreDuplicate; /* the stand-in never produces duplicates */
    pthread_mutex_lock(&g.mu);
    g.calls++;
    if (on_notifier_thread()) {
        /* Windows deadlocks when a callback (un)registers; a test asserts this counter stays 0. */
        g.reentrant++;
        err = E_INVALID_PARAMETER;
    } else if ((err = check_handle(h, pReserved, &s, &reason)) != OK) {
        /* keep err */
    } else if (dwNotifSource != SOURCE_NONE && dwNotifSource != SOURCE_HNWK) {
        err = E_INVALID_PARAMETER;
    } else if (dwNotifSource == SOURCE_HNWK && cb == NULL) {
        err = E_INVALID_PARAMETER;
    } else {
        prev = s->source;
        if (dwNotifSource == SOURCE_HNWK) {
            if (s->source != SOURCE_HNWK) s->reg_seq = g.next_seq; /* only news from now on */
            s->source = SOURCE_HNWK;
            s->cb = cb;
            s->ctx = pCallbackContext;
        } else {
            s->source = SOURCE_NONE;
            s->cb = NULL;
            s->ctx = NULL;
            wait_no_callback(s->token); /* afterwards no callback of this handle runs or starts */
        }
    }
    pthread_mutex_unlock(&g.mu);
    if (err == OK && pdwPrevNotifSource) *pdwPrevNotifSource = prev;
    return err;
}

/* ======================================================================= test controls ==== */

EXPORT void standin_reset(void)
{
    pthread_mutex_lock(&g.mu);
    reset_model();
    wait_no_callback(0);
    pthread_mutex_unlock(&g.mu);
}

/* Any Win32 code, such as one the agent does not explain itself and so asks Windows' words for. */
EXPORT void standin_set_fail_code(DWORD code)
{
    pthread_mutex_lock(&g.mu);
    g.fail_code = code;
    pthread_mutex_unlock(&g.mu);
}

EXPORT void standin_set_fault(int fault)
{
    if (fault < FAULT_NONE || fault > FAULT_RPC) return;
    pthread_mutex_lock(&g.mu);
    int old = g.fault;
    if (old != fault) {
        g.fault = fault;
        if (old == FAULT_UNSUPPORTED) { g.interface_available = 1; set_state(ST_IDLE, R_INTERFACE_AVAILABLE); }
        if (old == FAULT_SERVICE_STOPPED) g.service_running = 1;
        if (fault == FAULT_SERVICE_STOPPED) {
            /* The service stops: its clients are forgotten and no network runs without it. */
            g.service_running = 0;
            drop_all_handles(R_SERVICE_UNAVAILABLE);
            if (g.state == ST_ACTIVE) set_state(ST_IDLE, R_SERVICE_UNAVAILABLE);
            wait_no_callback(0);
        } else if (fault == FAULT_UNSUPPORTED) {
            g.interface_available = 0;
            set_state(ST_UNAVAILABLE, R_INTERFACE_UNAVAILABLE);
        }
    }
    pthread_mutex_unlock(&g.mu);
}

EXPORT void standin_set_hang_millis(uint32_t ms)
{
    pthread_mutex_lock(&g.mu);
    g.hang_ms = ms;
    if (ms == 0) pthread_cond_broadcast(&g.hang_cv); /* release calls hanging now */
    pthread_mutex_unlock(&g.mu);
}

EXPORT void standin_restart_service(void)
{
    pthread_mutex_lock(&g.mu);
    /* A ForceStart outlives the restart; a network held only by StartUsing references does not. */
    drop_all_handles(R_SERVICE_SHUTTING_DOWN);
    wait_no_callback(0);
    pthread_mutex_unlock(&g.mu);
}

EXPORT void standin_set_elevated(int elevated)
{
    pthread_mutex_lock(&g.mu);
    g.elevated = elevated != 0;
    pthread_mutex_unlock(&g.mu);
}

static int64_t read_counter(const int64_t *c)
{
    pthread_mutex_lock(&g.mu);
    int64_t v = *c;
    pthread_mutex_unlock(&g.mu);
    return v;
}

EXPORT int64_t standin_outstanding_allocations(void) { return read_counter(&g.outstanding); }
EXPORT int64_t standin_bad_frees(void) { return read_counter(&g.bad_frees); }
EXPORT int64_t standin_unwiped_key_frees(void) { return read_counter(&g.unwiped_keys); }
EXPORT void standin_set_fail_with_buffer(int on)
{
    pthread_mutex_lock(&g.mu);
    g.fail_with_buffer = on;
    pthread_mutex_unlock(&g.mu);
}
EXPORT int64_t standin_reentrant_calls(void) { return read_counter(&g.reentrant); }
EXPORT int64_t standin_calls(void) { return read_counter(&g.calls); }
EXPORT int64_t standin_notifications_delivered(void) { return read_counter(&g.delivered); }

EXPORT int64_t standin_open_handles(void)
{
    int64_t n = 0;
    pthread_mutex_lock(&g.mu);
    for (int i = 0; i < MAX_HANDLES; i++) n += g.slots[i].token != 0;
    pthread_mutex_unlock(&g.mu);
    return n;
}

EXPORT int standin_get_primary_key(uint8_t *buf, int cap)
{
    pthread_mutex_lock(&g.mu);
    int len = g.key_len;
    if (buf && cap > 0) memcpy(buf, g.key, (size_t)(cap < len ? cap : len));
    pthread_mutex_unlock(&g.mu);
    return len;
}

EXPORT void standin_set_primary_key(const uint8_t *key, int len)
{
    if (len < 0 || (len > 0 && !key)) return;
    if (len > KEY_MAX) len = KEY_MAX;
    pthread_mutex_lock(&g.mu);
    if (len > 0) memcpy(g.key, key, (size_t)len);
    g.key_len = len;
    pthread_mutex_unlock(&g.mu);
}

/* The last SetSecondaryKey call as received: returns dwKeyLength (-1 before any), copies its bytes. */
EXPORT int64_t standin_last_secondary_key_call(uint8_t *buf, int cap, int *calls)
{
    pthread_mutex_lock(&g.mu);
    int64_t len = g.set_log_len;
    if (buf && cap > 0) memcpy(buf, g.set_log, (size_t)(cap < KEY_LOG_MAX ? cap : KEY_LOG_MAX));
    if (calls) *calls = g.set_log_calls;
    pthread_mutex_unlock(&g.mu);
    return len;
}

/* The secondary key held now (its stored length counts the NUL), -1 when none; persistent in *persistent. */
EXPORT int standin_get_secondary_key(uint8_t *buf, int cap, int *persistent)
{
    pthread_mutex_lock(&g.mu);
    int len = g.sec_present ? g.sec_len : -1;
    if (buf && cap > 0 && len > 0) memcpy(buf, g.sec_key, (size_t)(cap < len ? cap : len));
    if (persistent) *persistent = g.sec_persistent;
    pthread_mutex_unlock(&g.mu);
    return len;
}

EXPORT void standin_set_profile_key(int on)
{
    pthread_mutex_lock(&g.mu);
    g.profile_key = on != 0;
    pthread_mutex_unlock(&g.mu);
}

EXPORT int standin_state(void)
{
    pthread_mutex_lock(&g.mu);
    int st = (int)g.state;
    pthread_mutex_unlock(&g.mu);
    return st;
}

static int find_peer(const uint8_t mac[6])
{
    for (uint32_t i = 0; i < g.npeers; i++)
        if (memcmp(g.peers[i], mac, 6) == 0) return (int)i;
    return -1;
}

static void queue_peer_change(const uint8_t mac[6], uint32_t old_auth, uint32_t new_auth, uint32_t reason)
{
    WLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE c;
    memset(&c, 0, sizeof c); /* no stray padding bytes reach the callback */
    memcpy(c.OldState.PeerMacAddress, mac, 6);
    memcpy(c.NewState.PeerMacAddress, mac, 6);
    c.OldState.PeerAuthState = old_auth;
    c.NewState.PeerAuthState = new_auth;
    c.PeerStateChangeReason = reason;
    queue_notify(CODE_PEER, &c, sizeof c);
}

EXPORT int standin_peer_arrive(const uint8_t mac[6])
{
    int rc = -1;
    if (!mac) return -1;
    pthread_mutex_lock(&g.mu);
    if (g.state == ST_ACTIVE && g.npeers < g.max_peers && g.npeers < MAX_PEERS && find_peer(mac) < 0) {
        memcpy(g.peers[g.npeers++], mac, 6);
        queue_peer_change(mac, 0, 1, R_PEER_ARRIVED);
        rc = 0;
    }
    pthread_mutex_unlock(&g.mu);
    return rc;
}

EXPORT int standin_peer_depart(const uint8_t mac[6])
{
    int rc = -1, i;
    if (!mac) return -1;
    pthread_mutex_lock(&g.mu);
    if ((i = find_peer(mac)) >= 0) {
        memmove(g.peers[i], g.peers[i + 1], (g.npeers - (uint32_t)i - 1) * 6);
        g.npeers--;
        queue_peer_change(mac, 1, 0, R_PEER_DEPARTED);
        rc = 0;
    }
    pthread_mutex_unlock(&g.mu);
    return rc;
}

EXPORT void standin_notify_burst(int n)
{
    WLAN_HOSTED_NETWORK_RADIO_STATE r = {1, 1}; /* software on, hardware on */
    pthread_mutex_lock(&g.mu);
    for (int i = 0; i < n; i++) queue_notify(CODE_RADIO, &r, sizeof r);
    pthread_mutex_unlock(&g.mu);
}

EXPORT int standin_wait_notifications_idle(int timeout_ms)
{
    int rc = 0;
    pthread_mutex_lock(&g.mu);
    if (on_notifier_thread()) rc = -1; /* would wait for itself */
    else {
        struct timespec dl = deadline_after(timeout_ms > 0 ? (uint32_t)timeout_ms : 0);
        while (g.q_head || g.delivering)
            if (pthread_cond_timedwait(&g.idle_cv, &g.mu, &dl) == ETIMEDOUT) { rc = (g.q_head || g.delivering) ? -1 : 0; break; }
    }
    pthread_mutex_unlock(&g.mu);
    return rc;
}
