"""The Lync Server cmdlets of the emulated Management Shell."""
from . import views  # noqa: F401 - registers the record type views
from .certificates import GetCsClientCertificate, RevokeCsClientCertificate
from .credentials import ConvertToSecureString, GetCredential
from .lab import InitializeCsLab
from .pins import GetCsClientPinInfo, LockCsClientPin, SetCsClientPin, UnlockCsClientPin
from .pinpolicy import (GetCsPinPolicy, GrantCsPinPolicy, NewCsPinPolicy, RemoveCsPinPolicy,
                        SetCsPinPolicy)
from .roles import (GetCsAdminRole, GetCsAdminRoleAssignment, NewCsAdminRole, RemoveCsAdminRole,
                    SetCsAdminRole)
from .synthetic import TestCsClientAuth, TestCsClientAuthentication, TestCsPhoneBootstrap
from .users import DisableCsUser, EnableCsUser, GetCsAdUser, GetCsUser, SetCsUser

LYNC_CMDLETS = (GetCsUser, GetCsClientCertificate, RevokeCsClientCertificate, GetCsAdminRole,
                InitializeCsLab,
                GetCsClientPinInfo, SetCsClientPin, LockCsClientPin, UnlockCsClientPin,
                TestCsPhoneBootstrap, TestCsClientAuthentication, TestCsClientAuth,
                GetCredential, ConvertToSecureString,
                GetCsPinPolicy, SetCsPinPolicy, NewCsPinPolicy, RemoveCsPinPolicy, GrantCsPinPolicy,
                EnableCsUser, DisableCsUser, SetCsUser, GetCsAdUser,
                NewCsAdminRole, SetCsAdminRole, RemoveCsAdminRole, GetCsAdminRoleAssignment)

__all__ = ["LYNC_CMDLETS"]
