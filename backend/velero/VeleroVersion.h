#pragma once

#include <QString>

namespace aks {

// `velero version`: the client's version, and the server's when Velero is installed and reachable.
struct VeleroVersion {
    QString client;
    QString server;      // empty when the server could not be reached or is not installed
    QString serverError; // what velero said instead of the server's version
};

} // namespace aks
