#pragma once

#include <QMultiMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace aks::sim {

// A cobra-style command line: words, `--flag value`, `--flag=value`, `-n value`, boolean flags.
struct SimArgs {
    QStringList positional;
    QMultiMap<QString, QString> flags; // long names; -n is "namespace", -o is "output"

    static SimArgs parse(const QStringList& args, const QSet<QString>& booleanFlags);

    bool has(const QString& flag) const { return flags.contains(flag); }
    QString value(const QString& flag, const QString& fallback = {}) const;
    // A boolean flag: present, or given "=true".
    bool isTrue(const QString& flag) const;
    // A comma-separated flag value as a list (empty values dropped).
    QStringList list(const QString& flag) const;
};

} // namespace aks::sim
