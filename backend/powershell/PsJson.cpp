#include "PsJson.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace aks {

const nlohmann::json* PsJson::find(const nlohmann::json& object, const QString& key) {
    if (!object.is_object())
        return nullptr;
    const std::string k = key.toStdString();
    if (auto it = object.find(k); it != object.end())
        return &*it;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (QString::fromStdString(it.key()).compare(key, Qt::CaseInsensitive) == 0)
            return &*it;
    return nullptr;
}

QString PsJson::toText(const nlohmann::json& v) {
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("True") : QStringLiteral("False");
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    if (v.is_number())
        return QString::number(v.get<double>());
    if (v.is_array()) {
        QStringList parts;
        for (const auto& e : v)
            parts << toText(e);
        return parts.join(QStringLiteral(", "));
    }
    if (v.is_null())
        return {};
    return QString::fromStdString(v.dump());
}

QString PsJson::text(const nlohmann::json& object, const QString& key) {
    const auto* v = find(object, key);
    return v ? toText(*v) : QString();
}

int PsJson::integer(const nlohmann::json& object, const QString& key, int fallback) {
    const auto* v = find(object, key);
    if (!v)
        return fallback;
    if (v->is_number()) {
        // A number beyond int's range (8888888888888888 in garbled output) reads as unreadable:
        // converting it to int would be undefined behaviour (found by fuzz_powershell_frames).
        const double d = v->get<double>();
        return d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max() ? int(d)
                                                                                            : fallback;
    }
    bool ok = false;
    const int n = toText(*v).trimmed().toInt(&ok);
    return ok ? n : fallback;
}

bool PsJson::boolean(const nlohmann::json& object, const QString& key, bool fallback) {
    const auto* v = find(object, key);
    if (!v || v->is_null())
        return fallback;
    if (v->is_boolean())
        return v->get<bool>();
    if (v->is_number())
        return v->get<double>() != 0;
    const QString t = toText(*v).trimmed();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return fallback;
}

QStringList PsJson::list(const nlohmann::json& object, const QString& key) {
    const auto* v = find(object, key);
    QStringList out;
    if (!v || v->is_null())
        return out;
    for (const auto& e : asArray(*v)) {
        const QString t = toText(e).trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QDateTime PsJson::date(const nlohmann::json& object, const QString& key) {
    return parseDate(text(object, key));
}

QDateTime PsJson::parseDate(const QString& value) {
    const QString t = value.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression msDate(QStringLiteral(R"(^/?Date\((-?\d+)([+-]\d{4})?\)/?$)"));
    QString inner = t;
    inner.remove(QLatin1Char('\\'));
    if (inner.startsWith(QLatin1Char('/')))
        inner = inner.mid(1);
    const auto m = msDate.match(inner);
    if (m.hasMatch())
        return QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong(), QTimeZone::utc());
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    return d;
}

nlohmann::json PsJson::asArray(const nlohmann::json& value) {
    if (value.is_null())
        return nlohmann::json::array();
    if (value.is_array())
        return value;
    return nlohmann::json::array({value});
}

} // namespace aks
