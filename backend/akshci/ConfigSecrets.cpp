#include "ConfigSecrets.h"

#include "core/Redactor.h"

namespace aks {

bool ConfigSecrets::isSecretKey(const QString& key) {
    const QString k = key.toLower();
    return k == QLatin1String("identity") || k.contains(QLatin1String("password")) ||
           k.contains(QLatin1String("secret")) || k.contains(QLatin1String("token")) ||
           k.contains(QLatin1String("credential")) || k.endsWith(QLatin1String("certificatedata")) ||
           k.endsWith(QLatin1String("keydata"));
}

namespace {
void collect(const nlohmann::json& v, bool secret) {
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            collect(it.value(), secret || ConfigSecrets::isSecretKey(QString::fromStdString(it.key())));
    } else if (v.is_array()) {
        for (const auto& e : v)
            collect(e, secret);
    } else if (secret && v.is_string()) {
        Redactor::registerSecret(QString::fromStdString(v.get<std::string>()));
    }
}

nlohmann::json mask(const nlohmann::json& v, bool secret) {
    if (v.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (auto it = v.begin(); it != v.end(); ++it)
            out[it.key()] =
                mask(it.value(), secret || ConfigSecrets::isSecretKey(QString::fromStdString(it.key())));
        return out;
    }
    if (v.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : v)
            out.push_back(mask(e, secret));
        return out;
    }
    if (secret && !v.is_null() && !(v.is_string() && v.get<std::string>().empty()))
        return Redactor::kMask;
    return v;
}
} // namespace

void ConfigSecrets::registerAll(const nlohmann::json& value) {
    collect(value, false);
}

nlohmann::json ConfigSecrets::redacted(const nlohmann::json& value) {
    return mask(value, false);
}

} // namespace aks
