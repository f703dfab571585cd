#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <functional>

namespace aks::sim {

// The simulated deployment on disk: <state>/akshci/state.json ("installed", "clusters", the
// configuration...), guarded by a lock file so several simulator processes can share it.
class SimState {
public:
    explicit SimState(QString stateDir);

    QString stateDir() const { return m_stateDir; }
    QString akshciDir() const;
    QString statePath() const;

    // Reads the state; an empty (not installed) deployment when there is none yet.
    nlohmann::json read() const;
    // Runs fn on the state under the lock and writes it back atomically; fn returns false to skip
    // the write. Returns false (with error) when the state cannot be read or written.
    bool update(const std::function<bool(nlohmann::json&)>& fn, QString* error);
    bool write(const nlohmann::json& state, QString* error);

    // Appends one line to <state>/akshci/calls.jsonl: what a cmdlet received, for tests.
    void recordCall(const nlohmann::json& call) const;
    void recordProcessStart() const;

    static nlohmann::json emptyState();

private:
    QString m_stateDir;
};

} // namespace aks::sim
