"""SecureString and PSCredential values, ConvertTo-SecureString and Get-Credential.

A SecureString keeps its text inside the process only: it prints as its type
name, has a Length, and no cmdlet writes its characters anywhere. Get-Credential
asks for the password through the host without echo (`read_line(secure=True)`);
scripts and -NonInteractive sessions build a credential without a prompt:

    Get-Credential -UserName "litwareinc\\kenmyer" -Password (ConvertTo-SecureString "Pass@word1" -AsPlainText -Force)
"""
from __future__ import annotations

from typing import Any

from ..base import Cmdlet
from ..errors import ErrorRecord, INVALID_ARGUMENT, PSRuntimeError
from ..lang.constructors import register_constructor
from ..lang.convert import ConversionError, to_string
from ..lang.values import PropertyDef, TypeView, register_view
from ..metadata import BY_VALUE, STRING, SWITCH, CmdletHelp, Example, Parameter, ParamType
from .. import messages

SECURESTRING_TYPE = "System.Security.SecureString"
PSCREDENTIAL_TYPE = "System.Management.Automation.PSCredential"


class SecureString:
    """The text is reachable only through `reveal()`, for the cmdlets that check it."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def reveal(self) -> str:
        return self._text

    @property
    def length(self) -> int:
        return len(self._text)

    def __repr__(self) -> str:
        return "SecureString(****)"


class PSCredential:
    __slots__ = ("user_name", "password")

    def __init__(self, user_name: str, password: SecureString) -> None:
        self.user_name = user_name
        self.password = password

    def __repr__(self) -> str:
        return f"PSCredential({self.user_name!r})"


register_view(SecureString, TypeView(
    type_names=(SECURESTRING_TYPE, "System.Object"),
    properties=(PropertyDef("Length", lambda s: s.length),),
    to_string=lambda s: SECURESTRING_TYPE))
register_view(PSCredential, TypeView(
    type_names=(PSCREDENTIAL_TYPE, "System.Object"),
    properties=(PropertyDef("UserName", lambda c: c.user_name),
                PropertyDef("Password", lambda c: c.password)),
    to_string=lambda c: PSCREDENTIAL_TYPE))


def _to_secure_string(value: Any) -> SecureString:
    if isinstance(value, SecureString):
        return value
    raise ConversionError(f'Cannot convert the "{to_string(value)}" value of type '
                          f'"{type(value).__name__}" to type "{SECURESTRING_TYPE}".')


def _to_credential(value: Any) -> PSCredential:
    if isinstance(value, PSCredential):
        return value
    raise ConversionError(f'Cannot convert the "{to_string(value)}" value of type '
                          f'"{type(value).__name__}" to type "{PSCREDENTIAL_TYPE}".')


SECURE_STRING = ParamType(SECURESTRING_TYPE, _to_secure_string, lambda v: isinstance(v, SecureString))
CREDENTIAL = ParamType(PSCREDENTIAL_TYPE, _to_credential, lambda v: isinstance(v, PSCredential))


def _new_credential(user_name: Any, password: Any) -> PSCredential:
    """`New-Object System.Management.Automation.PSCredential(user, $securePassword)`."""
    try:
        return PSCredential(to_string(user_name), _to_secure_string(password))
    except ConversionError as exc:
        raise TypeError(str(exc)) from None


register_constructor(PSCREDENTIAL_TYPE, _new_credential, "PSCredential")


class ConvertToSecureString(Cmdlet):
    name = "ConvertTo-SecureString"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertToSecureStringCommand"
    parameters = (
        Parameter("String", STRING, position=0, mandatory=True, pipeline=BY_VALUE,
                  help="The text to protect."),
        Parameter("AsPlainText", SWITCH, help="The input is plain text (needs -Force)."),
        Parameter("Force", SWITCH, help="Confirms that plain text input is intended."),
    )
    output_type = SECURESTRING_TYPE
    help = CmdletHelp(
        synopsis="Converts plain text to a SecureString, for a password parameter.",
        description=("lyncshell accepts plain text only (-AsPlainText -Force), as scripts that "
                     "build credentials without a prompt use it. The result prints as "
                     "System.Security.SecureString and never shows its text."),
        examples=(Example('$pw = ConvertTo-SecureString "Pass@word1" -AsPlainText -Force',
                          "Makes a SecureString for a credential or a new account password."),),
        inputs="System.String", outputs=SECURESTRING_TYPE)

    def process(self) -> None:
        if not self.as_plain_text:
            self.write_error(self.error(
                "lyncshell converts only plain text: use ConvertTo-SecureString <text> "
                "-AsPlainText -Force.", "ImportSecureString", INVALID_ARGUMENT,
                exception_type="System.FormatException"))
            return
        if not self.force:
            self.write_error(self.error(
                "The system cannot protect plain text input. To suppress this warning and convert "
                "the plain text to a SecureString, reissue the command specifying the Force "
                "parameter.", "ImportSecureString", INVALID_ARGUMENT,
                exception_type="System.ArgumentException"))
            return
        self.write_object(SecureString(self.string or ""))


class GetCredential(Cmdlet):
    name = "Get-Credential"
    implementing_type = "Microsoft.PowerShell.Commands.GetCredentialCommand"
    parameters = (
        Parameter("UserName", STRING, position=0, aliases=("Credential",),
                  help="The user name (domain\\logon or UPN); asked for when left out."),
        Parameter("Message", STRING, help="The text shown above the prompt."),
        Parameter("Title", STRING, help="The caption shown above the prompt."),
        Parameter("Password", SECURE_STRING, secret=True,
                  help=("lyncshell extension: the password as a SecureString, so a script or a "
                        "-NonInteractive session builds a credential without a prompt.")),
    )
    output_type = PSCREDENTIAL_TYPE
    help = CmdletHelp(
        synopsis="Asks for a user name and password and returns a PSCredential.",
        description=("The password is read without echo. Under -NonInteractive the cmdlet cannot "
                     "prompt: give both -UserName and -Password instead."),
        examples=(
            Example('$cred = Get-Credential "litwareinc\\kenmyer"',
                    "Asks for Ken Myer's password."),
            Example('$cred = Get-Credential -UserName "litwareinc\\kenmyer" -Password '
                    '(ConvertTo-SecureString "Pass@word1" -AsPlainText -Force)',
                    "Builds the credential without prompting.")),
        outputs=PSCREDENTIAL_TYPE)

    def process(self) -> None:
        user = self.user_name
        if self.password is not None and user:
            self.write_object(PSCredential(user, self.password))
            return
        host = self.runtime.host
        if not host.interactive:
            raise PSRuntimeError(ErrorRecord(
                message=messages.NONINTERACTIVE_PROMPT, error_id="HostFunctionNotImplemented",
                category="ResourceUnavailable",
                exception_type="System.Management.Automation.Host.HostException"))
        host.write_line(self.title or "PowerShell credential request")
        host.write_line(self.message or "Enter your credentials.")
        try:
            if not user:
                user = host.read_line("User: ")
            password = self.password or SecureString(
                host.read_line(f"Password for user {user}: ", secure=True))
        except EOFError:
            raise PSRuntimeError(ErrorRecord(
                message="The credential prompt was closed before a password was given.",
                error_id="CouldNotPromptForCredential", category="OperationStopped",
                exception_type="System.Management.Automation.Host.PromptingException")) from None
        if not user:
            self.write_error(self.error("A user name is required.", "CouldNotPromptForCredential",
                                        INVALID_ARGUMENT))
            return
        self.write_object(PSCredential(user, password))
