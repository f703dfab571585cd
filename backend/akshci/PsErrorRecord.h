#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace aks {

// An error as PowerShell reports it: the exception's message and the error id that makes up the
// first half of FullyQualifiedErrorId ("<id>,<command>"). The parameter binder's wording lives here
// and nowhere else, so the client's checks and the simulator print exactly what a real host prints.
struct PsErrorRecord {
    QString errorId;  // e.g. NamedParameterNotFound
    QString message;  // e.g. A parameter cannot be found that matches parameter name 'x'.
    QString category; // e.g. InvalidArgument
    QString command;  // the cmdlet it concerns

    bool isError() const { return !errorId.isEmpty(); }
    QString fullyQualifiedErrorId() const { return command.isEmpty() ? errorId : errorId + u',' + command; }
    // As an Error value: BadInput, the message, and the fully qualified id as detail.
    Error toError() const;

    // PowerShell's parameter binder (Windows PowerShell 5.1 wording).
    static PsErrorRecord commandNotFound(const QString& command);
    static PsErrorRecord namedParameterNotFound(const QString& command, const QString& name);
    static PsErrorRecord positionalParameterNotFound(const QString& command, const QString& argument);
    static PsErrorRecord ambiguousParameter(const QString& command, const QString& name,
                                            const QStringList& matches);
    static PsErrorRecord parameterAlreadyBound(const QString& command, const QString& name);
    static PsErrorRecord missingArgument(const QString& command, const QString& name, const QString& type);
    static PsErrorRecord missingMandatory(const QString& command, const QStringList& names);
    static PsErrorRecord ambiguousParameterSet(const QString& command);
    static PsErrorRecord notInValidateSet(const QString& command, const QString& name, const QString& value,
                                          const QStringList& set);
    static PsErrorRecord notBoolean(const QString& command, const QString& name, const QString& type);
    static PsErrorRecord cannotConvert(const QString& command, const QString& name, const QString& value,
                                       const QString& type);
    // .NET type name PowerShell prints for a table type ("Int32" -> "System.Int32").
    static QString dotNetType(const QString& tableType);
};

} // namespace aks
