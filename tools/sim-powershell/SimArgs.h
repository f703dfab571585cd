#pragma once

#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

namespace aks::sim {

// Reading bound arguments (documented names, looked up lower-case) inside the simulated cmdlets.
using SimArgs = QHash<QString, nlohmann::json>;

QString jsonText(const nlohmann::json& v);
QString arg(const SimArgs& a, const char* name, const QString& fallback = {});
int intArg(const SimArgs& a, const char* name, int fallback);
bool has(const SimArgs& a, const char* name);
// A switch or Boolean: given and true.
bool isOn(const SimArgs& a, const char* name);
// A String or String[] as a list.
nlohmann::json listArg(const SimArgs& a, const char* name);
// An object made by one of the New-AksHci* cmdlets (its "$type" marker), or fails like the module.
nlohmann::json objectArg(const SimArgs& a, const char* name, const char* type, const QString& cmdlet);
inline std::string s(const QString& q) {
    return q.toStdString();
}

} // namespace aks::sim
