#include "CmdletTable.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace aks {
namespace {

QString qs(const nlohmann::ordered_json& v) {
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

} // namespace

const CmdletParameter* CmdletParameterSet::find(const QString& canonicalName) const {
    for (const CmdletParameter& p : parameters)
        if (p.name == canonicalName)
            return &p;
    return nullptr;
}

QStringList CmdletSpec::parameterNames() const {
    QStringList names;
    for (const CmdletParameterSet& s : sets)
        for (const CmdletParameter& p : s.parameters)
            if (!names.contains(p.name))
                names << p.name;
    return names;
}

const CmdletTable& CmdletTable::akshci() {
    static const CmdletTable table = [] {
        QFile f(QStringLiteral(":/akshci/akshci-cmdlets.json"));
        QString error;
        std::optional<CmdletTable> t;
        if (f.open(QIODevice::ReadOnly))
            t = fromJson(f.readAll(), &error);
        // The resource is part of the build; without it every call would be refused as unknown.
        Q_ASSERT_X(t, "CmdletTable", "the compiled-in cmdlet table is missing or malformed");
        return t ? std::move(*t) : CmdletTable();
    }();
    return table;
}

std::optional<CmdletTable> CmdletTable::fromJson(const QByteArray& json, QString* error) {
    // Ordered, so parameters keep the documented order PowerShell lists them in.
    const auto doc = nlohmann::ordered_json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (!doc.is_object() || !doc.contains("cmdlets") || !doc["cmdlets"].is_object()) {
        *error = QStringLiteral("not a cmdlet table: no 'cmdlets' object");
        return std::nullopt;
    }
    CmdletTable t;
    for (const auto& c : doc.value("commonParameters", nlohmann::ordered_json::array()))
        t.m_common << qs(c);
    for (auto it = doc["cmdlets"].begin(); it != doc["cmdlets"].end(); ++it) {
        CmdletSpec spec;
        spec.name = QString::fromStdString(it.key());
        const nlohmann::ordered_json& c = it.value();
        spec.deprecated = c.is_object() && c.value("deprecated", false);
        if (!c.is_object() || !c.contains("parameterSets") || !c["parameterSets"].is_array() ||
            c["parameterSets"].empty()) {
            *error = QStringLiteral("%1 has no parameter sets").arg(spec.name);
            return std::nullopt;
        }
        for (const auto& s : c["parameterSets"]) {
            CmdletParameterSet set;
            set.name = qs(s.value("name", nlohmann::ordered_json()));
            const auto params = s.value("parameters", nlohmann::ordered_json::object());
            if (!params.is_object()) {
                *error = QStringLiteral("%1: parameters of '%2' are not an object").arg(spec.name, set.name);
                return std::nullopt;
            }
            for (auto p = params.begin(); p != params.end(); ++p) {
                CmdletParameter param;
                param.name = QString::fromStdString(p.key());
                param.type = qs(p->value("type", nlohmann::ordered_json("String")));
                param.mandatory = p->value("mandatory", false);
                param.position = p->value("position", -1);
                for (const auto& v : p->value("values", nlohmann::ordered_json::array()))
                    param.values << qs(v);
                set.parameters << param;
            }
            spec.sets << set;
        }
        t.m_cmdlets << spec;
    }
    return t;
}

const CmdletSpec* CmdletTable::find(const QString& cmdlet) const {
    for (const CmdletSpec& c : m_cmdlets)
        if (c.name.compare(cmdlet, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

} // namespace aks
