"""ActiveDirectory module cmdlets the Lync documentation leans on (New-ADUser,
New-ADGroup, Add-ADGroupMember ...), over the lab directory."""
from .cmdlets import (AddADGroupMember, GetADGroup, GetADGroupMember, GetADUser, NewADGroup,
                      NewADOrganizationalUnit, NewADUser, SetADAccountPassword, SetADUser)

AD_CMDLETS = (NewADUser, GetADUser, SetADUser, SetADAccountPassword, NewADGroup, GetADGroup,
              AddADGroupMember, GetADGroupMember, NewADOrganizationalUnit)

__all__ = ["AD_CMDLETS"]
