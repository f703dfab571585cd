#include "VeleroJson.h"

#include <QRegularExpression>

namespace aks {
namespace {
const nlohmann::json* at(const nlohmann::json& j, const char* pointer) {
    try {
        const nlohmann::json::json_pointer p(pointer);
        if (!j.contains(p))
            return nullptr;
        return &j.at(p);
    } catch (const nlohmann::json::exception&) {
        return nullptr;
    }
}
} // namespace

QString VeleroJson::string(const nlohmann::json& j, const char* pointer) {
    const auto* v = at(j, pointer);
    return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
}

qint64 VeleroJson::integer(const nlohmann::json& j, const char* pointer) {
    const auto* v = at(j, pointer);
    if (!v || !v->is_number())
        return 0;
    if (v->is_number_float()) {
        // A float beyond qint64's range (1e20 in edited output) is unreadable, so 0 like any other
        // unreadable field: converting it would be undefined behaviour (found by fuzz_velero_cli_json).
        constexpr double kLimit = 9223372036854775808.0; // 2^63
        const double d = v->get<double>();
        return d >= -kLimit && d < kLimit ? qint64(d) : 0;
    }
    return v->get<qint64>();
}

bool VeleroJson::boolean(const nlohmann::json& j, const char* pointer) {
    const auto* v = at(j, pointer);
    return v && v->is_boolean() && v->get<bool>();
}

QDateTime VeleroJson::time(const nlohmann::json& j, const char* pointer) {
    const QString s = string(j, pointer);
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QStringList VeleroJson::strings(const nlohmann::json& j, const char* pointer) {
    QStringList out;
    const auto* v = at(j, pointer);
    if (!v || !v->is_array())
        return out;
    for (const auto& e : *v)
        if (e.is_string())
            out.append(QString::fromStdString(e.get<std::string>()));
    return out;
}

QMap<QString, QString> VeleroJson::stringMap(const nlohmann::json& j, const char* pointer) {
    QMap<QString, QString> out;
    const auto* v = at(j, pointer);
    if (!v || !v->is_object())
        return out;
    for (auto it = v->begin(); it != v->end(); ++it)
        if (it.value().is_string())
            out.insert(QString::fromStdString(it.key()),
                       QString::fromStdString(it.value().get<std::string>()));
    return out;
}

Result<std::vector<nlohmann::json>> VeleroJson::items(const nlohmann::json& output, const QString& itemKind) {
    if (!output.is_object())
        return Error::make(Error::Kind::BadOutput, tr("velero printed JSON that is not an object."));
    const QString kind = string(output, "/kind");
    if (kind == itemKind + QLatin1String("List") || (kind.isEmpty() && output.contains("items"))) {
        const auto it = output.find("items");
        if (it == output.end() || it->is_null())
            return std::vector<nlohmann::json>{};
        if (!it->is_array())
            return Error::make(Error::Kind::BadOutput,
                               tr("velero printed a %1 whose items are not a list.").arg(kind));
        std::vector<nlohmann::json> out;
        out.reserve(it->size());
        for (const auto& e : *it)
            if (e.is_object())
                out.push_back(e);
        return out;
    }
    if (kind == itemKind)
        return std::vector<nlohmann::json>{output};
    return Error::make(Error::Kind::BadOutput,
                       tr("velero printed a '%1' where a %2 or %2List was expected.").arg(kind, itemKind));
}

qint64 VeleroJson::goDurationSeconds(const QString& text) {
    static const QRegularExpression part(QStringLiteral("^(\\d+(?:\\.\\d+)?)(h|ms|m|s|us|µs|ns)"));
    if (text.isEmpty())
        return -1;
    QString rest = text;
    double total = 0;
    while (!rest.isEmpty()) {
        const auto m = part.match(rest);
        if (!m.hasMatch())
            return -1;
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        if (unit == QLatin1String("h"))
            total += n * 3600;
        else if (unit == QLatin1String("m"))
            total += n * 60;
        else if (unit == QLatin1String("s"))
            total += n;
        else if (unit == QLatin1String("ms"))
            total += n / 1000;
        rest = rest.mid(m.capturedLength());
    }
    // Beyond qint64 (a 30-digit hour count) is unreadable: the conversion would be undefined
    // behaviour (found with fuzz_velero_cli_json).
    if (!(total < 9223372036854775808.0))
        return -1;
    return qint64(total);
}

QString VeleroJson::rfc3339(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace aks
