"""The Lync Server cmdlets of the emulated Management Shell."""
from . import views  # noqa: F401 - registers the record type views
from .certificates import GetCsClientCertificate, RevokeCsClientCertificate
from .lab import InitializeCsLab
from .roles import GetCsAdminRole
from .users import GetCsUser

LYNC_CMDLETS = (GetCsUser, GetCsClientCertificate, RevokeCsClientCertificate, GetCsAdminRole,
                InitializeCsLab)

__all__ = ["LYNC_CMDLETS"]
