"""Runtime message templates, in one catalog. The PowerShell and Lync texts that
scripts match on are reproduced exactly; the rest are ours."""

# Parameter binding (ParameterBinderStrings.resx)
NAMED_PARAMETER_NOT_FOUND = "A parameter cannot be found that matches parameter name '{name}'."
AMBIGUOUS_PARAMETER = ("Parameter cannot be processed because the parameter name '{name}' is "
                       "ambiguous. Possible matches include:{matches}.")
POSITIONAL_NOT_FOUND = "A positional parameter cannot be found that accepts argument '{arg}'."
MISSING_ARGUMENT = ("Missing an argument for parameter '{name}'. Specify a parameter of type "
                    "'{type}' and try again.")
MISSING_MANDATORY = ("Cannot process command because of one or more missing mandatory "
                     "parameters: {names}.")
PARAMETER_ALREADY_BOUND = ("Cannot bind parameter because parameter '{name}' is specified more "
                           "than once. To provide multiple values to parameters that can accept "
                           "multiple values, use the array syntax. For example, "
                           "\"-parameter value1,value2,value3\".")
CANNOT_CONVERT_ARGUMENT = "Cannot bind parameter '{name}'. {reason}"
AMBIGUOUS_PARAMETER_SET = ("Parameter set cannot be resolved using the specified named parameters. "
                           "One or more parameters issued cannot be used together or an "
                           "insufficient number of parameters were provided.")
INPUT_NOT_BOUND = ("The input object cannot be bound to any parameters for the command either "
                   "because the command does not take pipeline input or the input and its "
                   "properties do not match any of the parameters that take pipeline input.")
VALIDATE_RANGE = ("Cannot validate argument on parameter '{name}'. The {value} argument is "
                  "{relation}. Supply an argument that is {requirement} and then try the command again.")
NULL_ARGUMENT = "Cannot bind argument to parameter '{name}' because it is null."
EMPTY_STRING_ARGUMENT = "Cannot bind argument to parameter '{name}' because it is an empty string."
VALIDATE_SET = ("Cannot validate argument on parameter '{name}'. The argument \"{value}\" does not "
                "belong to the set \"{allowed}\" specified by the ValidateSet attribute. Supply an "
                "argument that is in the set and then try the command again.")

# Command discovery (DiscoveryExceptions.resx, PowerShell 5.1 wording as the Lync shell shows)
# PowerShell 7's wording (5.1 said "the name of ... or operable program." on one line).
COMMAND_NOT_FOUND = ("The term '{name}' is not recognized as a name of a cmdlet, function, "
                     "script file, or executable program.\nCheck the spelling of the name, or if a "
                     "path was included, verify that the path is correct and try again.")

# ShouldProcess (CommandBaseStrings.resx)
SHOULD_PROCESS = 'Performing the operation "{action}" on target "{target}".'
WHAT_IF = "What if: " + SHOULD_PROCESS
CONFIRM_CAPTION = "Confirm"
CONFIRM_QUERY = "Are you sure you want to perform this action?"
NONINTERACTIVE_PROMPT = ("PowerShell is in NonInteractive mode. Read and Prompt functionality is "
                         "not available.")
STOPPED_BY_USER = "The pipeline has been stopped."

# Lync
OBJECT_NOT_FOUND = 'Management object not found for identity "{identity}".'
ACCESS_DENIED = ('Access is denied. The account "{principal}" is not a member of a group that may '
                 'run {command} ({groups}).')
ACCESS_DENIED_RBAC = ('Access is denied. The account "{principal}" holds no role that includes '
                      '{command}.')

# A warning (or another stream's message) made terminating by its preference or -*Action Stop.
PREFERENCE_STOP = ('The running command stopped because the preference variable "{preference}" '
                   "or common parameter is set to Stop: {message}")
