"""New-Object: builds the .NET objects scripts reach for (see lang/constructors.py)."""
from __future__ import annotations

from typing import Any

from ..base import Cmdlet
from ..errors import INVALID_TYPE
from ..lang.constructors import find_constructor
from ..lang.values import Hashtable, PSCustomObject
from ..metadata import HASHTABLE, OBJECT_ARRAY, CmdletHelp, Example, Parameter, STRING


class NewObject(Cmdlet):
    name = "New-Object"
    implementing_type = "Microsoft.PowerShell.Commands.NewObjectCommand"
    output_type = "System.Object"
    parameters = (
        Parameter("TypeName", STRING, position=0, mandatory=True),
        Parameter("ArgumentList", OBJECT_ARRAY, position=1, aliases=("Args",)),
        Parameter("Property", HASHTABLE),
    )
    help = CmdletHelp(
        synopsis="Creates an object of a .NET type.",
        examples=(Example("New-Object PSObject -Property @{Name='Ken Myer'; Pool='atl-cs-001'}",
                          "A custom object with two properties."),
                  Example('New-Object System.Management.Automation.PSCredential("litwareinc\\kenmyer", $password)',
                          "A credential, for Test-CsClientAuthentication -UserCredential.")))

    def process(self) -> None:
        constructor = find_constructor(self.type_name)
        if constructor is None:
            self.write_error(self.error(
                f"Cannot find type [{self.type_name}]: verify that the assembly containing this "
                "type is loaded.", "TypeNotFound", INVALID_TYPE, target=self.type_name,
                exception_type="System.Management.Automation.PSArgumentException"))
            return
        args: tuple[Any, ...] = self.argument_list or ()
        try:
            made = constructor(*args)
        except TypeError:
            self.write_error(self.error(
                f'A constructor was not found. Cannot find an appropriate constructor for type '
                f'{self.type_name}.', "CannotFindAppropriateCtor", "ObjectNotFound",
                target=self.type_name,
                exception_type="System.Management.Automation.PSArgumentException"))
            return
        if self.property is not None:
            made = self._with_properties(made, self.property)
        self.write_object(made)

    @staticmethod
    def _with_properties(made: Any, properties: Hashtable) -> Any:
        if isinstance(made, PSCustomObject):
            for key, value in properties.items():
                made.set(str(key), value)
        elif isinstance(made, Hashtable):
            for key, value in properties.items():
                made[key] = value
        return made
