#include "CmdletBinder.h"

#include "powershell/PsJson.h"

#include <algorithm>

namespace aks {
namespace {

bool isVariable(const nlohmann::json& v) {
    return v.is_object() && (v.contains("$var") || v.contains("$hashtable") || v.contains("$block"));
}

QString text(const nlohmann::json& v) {
    return PsJson::toText(v);
}

// Matches a written name against the documented ones: exact (case-insensitive) first, then prefix.
QStringList matches(const QString& written, const QStringList& names) {
    for (const QString& n : names)
        if (n.compare(written, Qt::CaseInsensitive) == 0)
            return {n};
    QStringList out;
    for (const QString& n : names)
        if (n.startsWith(written, Qt::CaseInsensitive))
            out << n;
    return out;
}

// Checks a value against the parameter's type and set; returns the error or nothing.
PsErrorRecord checkValue(const QString& cmdlet, const CmdletParameter& p, const CmdletArgument& a) {
    const nlohmann::json& v = a.value;
    const bool isSwitch = p.type == QLatin1String("SwitchParameter");
    if (isSwitch) {
        if (a.form == CmdletArgument::Form::Switch)
            return {};
        if (a.form == CmdletArgument::Form::Separate) // the value is left over as a positional argument
            return PsErrorRecord::positionalParameterNotFound(cmdlet, text(v));
        if (v.is_boolean() || v.is_number_integer() || isVariable(v))
            return {};
        return PsErrorRecord::notBoolean(cmdlet, p.name, p.type);
    }
    if (a.form == CmdletArgument::Form::Switch)
        return PsErrorRecord::missingArgument(cmdlet, p.name, p.type);
    if (isVariable(v))
        return {};
    if (p.type == QLatin1String("Boolean")) {
        if (v.is_boolean() || v.is_number_integer())
            return {};
        return PsErrorRecord::notBoolean(cmdlet, p.name, p.type);
    }
    if (p.type == QLatin1String("Int32")) {
        if (v.is_number_integer()) {
            const long long n = v.get<long long>();
            if (n >= INT32_MIN && n <= INT32_MAX)
                return {};
        } else if (v.is_string()) {
            bool ok = false;
            text(v).trimmed().toInt(&ok);
            if (ok)
                return {};
        }
        return PsErrorRecord::cannotConvert(cmdlet, p.name, text(v), p.type);
    }
    if (!p.values.isEmpty() && !v.is_array()) {
        const QString s = text(v);
        const bool inSet = std::any_of(p.values.begin(), p.values.end(), [&](const QString& allowed) {
            return allowed.compare(s, Qt::CaseInsensitive) == 0;
        });
        if (!inSet)
            return PsErrorRecord::notInValidateSet(cmdlet, p.name, s, p.values);
    }
    return {};
}

} // namespace

bool CmdletBinding::has(const QString& name) const {
    return std::any_of(values.begin(), values.end(), [&](const auto& kv) { return kv.first == name; });
}

nlohmann::json CmdletBinding::value(const QString& name, nlohmann::json fallback) const {
    for (const auto& [n, v] : values)
        if (n == name)
            return v;
    return fallback;
}

CmdletBinding CmdletBinder::bind(const QString& cmdlet, const std::vector<CmdletArgument>& args) const {
    CmdletBinding b;
    const CmdletSpec* spec = m_table.find(cmdlet);
    if (!spec) {
        b.error = PsErrorRecord::commandNotFound(cmdlet);
        return b;
    }
    b.cmdlet = spec->name;
    const QStringList own = spec->parameterNames();
    const QStringList all = own + m_table.commonParameters();

    // 1. Names: each written name to one documented parameter.
    std::vector<std::pair<QString, const CmdletArgument*>> named;
    std::vector<CmdletArgument> positional; // rewritten as named, so they live as long as `named`
    positional.reserve(args.size());
    int position = 0;
    for (const CmdletArgument& a : args) {
        if (a.form == CmdletArgument::Form::Positional) {
            QString target;
            for (const CmdletParameterSet& s : spec->sets)
                for (const CmdletParameter& p : s.parameters)
                    if (p.position == position && target.isEmpty())
                        target = p.name;
            ++position;
            if (target.isEmpty()) {
                b.error = PsErrorRecord::positionalParameterNotFound(b.cmdlet, text(a.value));
                return b;
            }
            positional.push_back({target, CmdletArgument::Form::Separate, a.value});
            named.emplace_back(target, &positional.back());
            continue;
        }
        const QStringList m = matches(a.name, all);
        if (m.isEmpty()) {
            b.error = PsErrorRecord::namedParameterNotFound(b.cmdlet, a.name);
            return b;
        }
        if (m.size() > 1) {
            b.error = PsErrorRecord::ambiguousParameter(b.cmdlet, a.name, m);
            return b;
        }
        if (std::any_of(named.begin(), named.end(), [&](const auto& n) { return n.first == m.first(); })) {
            b.error = PsErrorRecord::parameterAlreadyBound(b.cmdlet, m.first());
            return b;
        }
        named.emplace_back(m.first(), &a);
    }

    // 2. Parameter set: the sets holding every given parameter; among several, the one whose
    // mandatory parameters are all given, else the default (first) set if it is a candidate.
    QList<const CmdletParameterSet*> candidates;
    for (const CmdletParameterSet& s : spec->sets) {
        const bool covers = std::all_of(named.begin(), named.end(), [&](const auto& n) {
            return s.find(n.first) || m_table.commonParameters().contains(n.first);
        });
        if (covers)
            candidates << &s;
    }
    const auto satisfied = [&](const CmdletParameterSet* s) {
        return std::all_of(s->parameters.begin(), s->parameters.end(), [&](const CmdletParameter& p) {
            return !p.mandatory ||
                   std::any_of(named.begin(), named.end(), [&](const auto& n) { return n.first == p.name; });
        });
    };
    const CmdletParameterSet* set = nullptr;
    if (candidates.size() == 1) {
        set = candidates.first();
    } else if (candidates.size() > 1) {
        QList<const CmdletParameterSet*> complete;
        std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(complete), satisfied);
        if (complete.size() == 1)
            set = complete.first();
        else if (candidates.contains(&spec->sets.first()) &&
                 (complete.isEmpty() || complete.contains(&spec->sets.first())))
            set = &spec->sets.first();
    }
    if (!set) {
        b.error = PsErrorRecord::ambiguousParameterSet(b.cmdlet);
        return b;
    }
    b.parameterSet = set->name;

    // 3. Values: type, ValidateSet.
    for (const auto& [name, a] : named) {
        if (const CmdletParameter* p = set->find(name)) {
            if (auto e = checkValue(b.cmdlet, *p, *a); e.isError()) {
                b.error = e;
                return b;
            }
        }
        b.values.emplace_back(name,
                              a->form == CmdletArgument::Form::Switch ? nlohmann::json(true) : a->value);
    }

    // 4. Mandatory parameters of the chosen set.
    QStringList missing;
    for (const CmdletParameter& p : set->parameters)
        if (p.mandatory && !b.has(p.name))
            missing << p.name;
    if (!missing.isEmpty())
        b.error = PsErrorRecord::missingMandatory(b.cmdlet, missing);
    return b;
}

} // namespace aks
