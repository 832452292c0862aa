"""The Lync Server cmdlets of the emulated Management Shell."""
from . import views  # noqa: F401 - registers the record type views
from .certificates import GetCsClientCertificate, RevokeCsClientCertificate
from .lab import InitializeCsLab
from .pins import GetCsClientPinInfo, LockCsClientPin, SetCsClientPin, UnlockCsClientPin
from .roles import GetCsAdminRole
from .users import GetCsUser

LYNC_CMDLETS = (GetCsUser, GetCsClientCertificate, RevokeCsClientCertificate, GetCsAdminRole,
                InitializeCsLab,
                GetCsClientPinInfo, SetCsClientPin, LockCsClientPin, UnlockCsClientPin)

__all__ = ["LYNC_CMDLETS"]
