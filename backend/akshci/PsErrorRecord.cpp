#include "PsErrorRecord.h"

namespace aks {
namespace {

PsErrorRecord record(const char* id, const char* category, const QString& command, QString message) {
    return {QString::fromLatin1(id), std::move(message), QString::fromLatin1(category), command};
}

} // namespace

Error PsErrorRecord::toError() const {
    return Error::make(Error::Kind::BadInput, message,
                       QStringLiteral("FullyQualifiedErrorId : %1").arg(fullyQualifiedErrorId()));
}

QString PsErrorRecord::dotNetType(const QString& t) {
    if (t == QLatin1String("SwitchParameter") || t == QLatin1String("PSCredential"))
        return QStringLiteral("System.Management.Automation.") + t;
    if (t == QLatin1String("String") || t == QLatin1String("Int32") || t == QLatin1String("Boolean") ||
        t == QLatin1String("String[]") || t == QLatin1String("Array"))
        return QStringLiteral("System.") + (t == QLatin1String("Array") ? QStringLiteral("Object[]") : t);
    if (t == QLatin1String("Hashtable"))
        return QStringLiteral("System.Collections.Hashtable");
    return t;
}

PsErrorRecord PsErrorRecord::commandNotFound(const QString& command) {
    return record(
        "CommandNotFoundException", "ObjectNotFound", command,
        QStringLiteral("The term '%1' is not recognized as the name of a cmdlet, function, script "
                       "file, or operable program. Check the spelling of the name, or if a path was "
                       "included, verify that the path is correct and try again.")
            .arg(command));
}

PsErrorRecord PsErrorRecord::namedParameterNotFound(const QString& command, const QString& name) {
    return record("NamedParameterNotFound", "InvalidArgument", command,
                  QStringLiteral("A parameter cannot be found that matches parameter name '%1'.").arg(name));
}

PsErrorRecord PsErrorRecord::positionalParameterNotFound(const QString& command, const QString& argument) {
    return record(
        "PositionalParameterNotFound", "InvalidArgument", command,
        QStringLiteral("A positional parameter cannot be found that accepts argument '%1'.").arg(argument));
}

PsErrorRecord PsErrorRecord::ambiguousParameter(const QString& command, const QString& name,
                                                const QStringList& matches) {
    QStringList dashed;
    for (const QString& m : matches)
        dashed << u'-' + m;
    return record(
        "AmbiguousParameter", "InvalidArgument", command,
        QStringLiteral("Parameter cannot be processed because the parameter name '%1' is ambiguous. "
                       "Possible matches include: %2.")
            .arg(name, dashed.join(u' ')));
}

PsErrorRecord PsErrorRecord::parameterAlreadyBound(const QString& command, const QString& name) {
    return record("ParameterAlreadyBound", "InvalidArgument", command,
                  QStringLiteral("Cannot bind parameter because parameter '%1' is specified more than once. "
                                 "To provide multiple values to parameters that can accept multiple values, "
                                 "use the array syntax. For example, \"-parameter value1,value2,value3\".")
                      .arg(name));
}

PsErrorRecord PsErrorRecord::missingArgument(const QString& command, const QString& name,
                                             const QString& type) {
    return record("MissingArgument", "InvalidArgument", command,
                  QStringLiteral("Missing an argument for parameter '%1'. Specify a parameter of type '%2' "
                                 "and try again.")
                      .arg(name, dotNetType(type)));
}

PsErrorRecord PsErrorRecord::missingMandatory(const QString& command, const QStringList& names) {
    // What a -NonInteractive session prints instead of prompting.
    return record("MissingMandatoryParameter", "InvalidArgument", command,
                  QStringLiteral("Cannot process command because of one or more missing mandatory "
                                 "parameters: %1.")
                      .arg(names.join(u' ')));
}

PsErrorRecord PsErrorRecord::ambiguousParameterSet(const QString& command) {
    return record("AmbiguousParameterSet", "InvalidArgument", command,
                  QStringLiteral("Parameter set cannot be resolved using the specified named parameters."));
}

PsErrorRecord PsErrorRecord::notInValidateSet(const QString& command, const QString& name,
                                              const QString& value, const QStringList& set) {
    return record("ParameterArgumentValidationError", "InvalidData", command,
                  QStringLiteral("Cannot validate argument on parameter '%1'. The argument \"%2\" does not "
                                 "belong to the set \"%3\" specified by the ValidateSet attribute. Supply an "
                                 "argument that is in the set and then try the command again.")
                      .arg(name, value, set.join(u',')));
}

PsErrorRecord PsErrorRecord::notBoolean(const QString& command, const QString& name, const QString& type) {
    return record("ParameterArgumentTransformationError", "InvalidData", command,
                  QStringLiteral("Cannot process argument transformation on parameter '%1'. Cannot convert "
                                 "value \"System.String\" to type \"%2\". Boolean parameters accept only "
                                 "Boolean values and numbers, such as $True, $False, 1 or 0.")
                      .arg(name, dotNetType(type)));
}

PsErrorRecord PsErrorRecord::cannotConvert(const QString& command, const QString& name, const QString& value,
                                           const QString& type) {
    return record("CannotConvertArgumentNoMessage", "InvalidArgument", command,
                  QStringLiteral("Cannot bind parameter '%1'. Cannot convert value \"%2\" to type \"%3\". "
                                 "Error: \"Input string was not in a correct format.\"")
                      .arg(name, value, dotNetType(type)));
}

} // namespace aks
