package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

/** WLAN_NOTIFICATION_DATA (40 bytes on x64, 32 on x86: pData is pointer-sized and pointer-aligned). */
@FieldOrder({"NotificationSource", "NotificationCode", "InterfaceGuid", "dwDataSize", "pData"})
public class NotificationDataStruct extends WinStructure {
    public int NotificationSource;
    public int NotificationCode;
    public GuidStruct InterfaceGuid;
    public int dwDataSize;
    public Pointer pData;

    public NotificationDataStruct() {
        super();
    }

    NotificationDataStruct(Pointer p) {
        super(p);
        read();
    }

    @Override
    String cTypeName() {
        return "WLAN_NOTIFICATION_DATA";
    }
}
