"""DirectoryRepository.groups(): every group, in name order (Get-ADGroup -Filter)."""
from __future__ import annotations


def test_groups_lists_every_group_in_name_order(lab_store) -> None:
    names = [g.sam_account_name for g in lab_store.directory.groups()]
    assert "RTCUniversalServerAdmins" in names and "CSHelpDesk" in names
    assert names == sorted(names, key=str.lower)
    created = lab_store.directory.create_group(name="Sales Admins", ou="OU=Redmond,DC=litwareinc,DC=com")
    assert created.sam_account_name in [g.sam_account_name for g in lab_store.directory.groups()]
