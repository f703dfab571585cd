#include "SimArgs.h"

#include "SimCmdlets.h"
#include "powershell/PsJson.h"

namespace aks::sim {

QString jsonText(const nlohmann::json& v) {
    return PsJson::toText(v);
}

QString arg(const SimArgs& a, const char* name, const QString& fallback) {
    const auto it = a.find(QString::fromLatin1(name).toLower());
    return it == a.end() ? fallback : jsonText(*it);
}

int intArg(const SimArgs& a, const char* name, int fallback) {
    const auto it = a.find(QString::fromLatin1(name).toLower());
    if (it == a.end())
        return fallback;
    if (it->is_number_integer())
        return it->get<int>();
    return jsonText(*it).trimmed().toInt(); // the binder already refused what does not convert
}

bool has(const SimArgs& a, const char* name) {
    return a.contains(QString::fromLatin1(name).toLower());
}

bool isOn(const SimArgs& a, const char* name) {
    const auto it = a.find(QString::fromLatin1(name).toLower());
    if (it == a.end())
        return false;
    if (it->is_boolean())
        return it->get<bool>();
    return it->is_number_integer() && it->get<long long>() != 0;
}

nlohmann::json listArg(const SimArgs& a, const char* name) {
    const auto it = a.find(QString::fromLatin1(name).toLower());
    if (it == a.end() || it->is_null())
        return nlohmann::json::array();
    return it->is_array() ? *it : nlohmann::json::array({*it});
}

nlohmann::json objectArg(const SimArgs& a, const char* name, const char* type, const QString& cmdlet) {
    const auto it = a.find(QString::fromLatin1(name).toLower());
    if (it == a.end() || it->is_null())
        return nullptr;
    if (!it->is_object() || it->value("$type", "") != type)
        fail(QStringLiteral("ParameterArgumentTransformationError,") + cmdlet,
             QStringLiteral("Cannot process argument transformation on parameter '%1'. Cannot convert the "
                            "\"%2\" value to type \"%3\".")
                 .arg(QString::fromLatin1(name), jsonText(*it), QString::fromLatin1(type)));
    return *it;
}

} // namespace aks::sim
