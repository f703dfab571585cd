#include "SimArgs.h"

namespace aks::sim {

SimArgs SimArgs::parse(const QStringList& args, const QSet<QString>& booleanFlags) {
    SimArgs out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--")) {
            out.positional += args.mid(i + 1);
            break;
        }
        if (!a.startsWith(QLatin1Char('-')) || a.size() < 2) {
            out.positional.append(a);
            continue;
        }
        QString name = a.startsWith(QLatin1String("--")) ? a.mid(2) : a.mid(1);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (name == QLatin1String("n"))
            name = QStringLiteral("namespace");
        else if (name == QLatin1String("o"))
            name = QStringLiteral("output");
        else if (name == QLatin1String("A"))
            name = QStringLiteral("all-namespaces");
        if (!hasValue && !booleanFlags.contains(name) && i + 1 < args.size()) {
            value = args.at(++i);
            hasValue = true;
        }
        out.flags.insert(name, hasValue ? value : QStringLiteral("true"));
    }
    return out;
}

QString SimArgs::value(const QString& flag, const QString& fallback) const {
    // The last occurrence wins, as in cobra.
    const auto values = flags.values(flag);
    return values.isEmpty() ? fallback : values.first();
}

bool SimArgs::isTrue(const QString& flag) const {
    return has(flag) && value(flag) != QLatin1String("false");
}

QStringList SimArgs::list(const QString& flag) const {
    return value(flag).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace aks::sim
