"""The "Who can run this cmdlet" groups of the local Management Shell (lync-facts §1.3)."""

SERVER_ADMINS = ("RTCUniversalServerAdmins",)
USER_ADMINS = ("RTCUniversalUserAdmins",)
READERS = ("RTCUniversalUserAdmins", "RTCUniversalServerAdmins", "RTCUniversalReadOnlyAdmins")
