<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AksHciClient</name>
    <message>
        <source>On %1 through PowerShell remoting: the AksHci cmdlets reach the other cluster nodes, so the session needs CredSSP (Enable-WSManCredSSP -Role Server on the node, -Role Client on this machine); SSH-based remoting does not work with them.</source>
        <translation>On %1 through PowerShell remoting: the AksHci cmdlets reach the other cluster nodes, so the session needs CredSSP (Enable-WSManCredSSP -Role Server on the node, -Role Client on this machine); SSH-based remoting does not work with them.</translation>
    </message>
    <message>
        <source>%1 printed something that is not JSON; the AksHci module or the PowerShell host may be damaged.</source>
        <translation>%1 printed something that is not JSON; the AksHci module or the PowerShell host may be damaged.</translation>
    </message>
    <message>
        <source>The workload cluster &apos;%1&apos; does not exist.</source>
        <translation>The workload cluster &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <source>Get-AksHciVersion did not print a version string.</source>
        <translation>Get-AksHciVersion did not print a version string.</translation>
    </message>
    <message>
        <source>The autoscaler profile</source>
        <translation>The autoscaler profile</translation>
    </message>
    <message>
        <source>The autoscaler profile &apos;%1&apos; does not exist.</source>
        <translation>The autoscaler profile &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <source>Get-AksHciCredential on %1 wrote no kubeconfig to read back.</source>
        <translation>Get-AksHciCredential on %1 wrote no kubeconfig to read back.</translation>
    </message>
    <message>
        <source>Could not write the kubeconfig %1: %2</source>
        <translation>Could not write the kubeconfig %1: %2</translation>
    </message>
</context>
<context>
    <name>AksHciConfig</name>
    <message>
        <source>Get-AksHciConfig printed no configuration object; is AKS hybrid set up on this host (Set-AksHciConfig)?</source>
        <translation>Get-AksHciConfig printed no configuration object; is AKS hybrid set up on this host (Set-AksHciConfig)?</translation>
    </message>
    <message>
        <source>Get-AksHciConfig printed an object without the MOC, AksHci and KVA modules.</source>
        <translation>Get-AksHciConfig printed an object without the MOC, AksHci and KVA modules.</translation>
    </message>
</context>
<context>
    <name>AksHciScripts</name>
    <message>
        <source>The vnet name</source>
        <translation>The vnet name</translation>
    </message>
    <message>
        <source>The virtual switch</source>
        <translation>The virtual switch</translation>
    </message>
    <message>
        <source>The node IP pool start</source>
        <translation>The node IP pool start</translation>
    </message>
    <message>
        <source>The node IP pool end</source>
        <translation>The node IP pool end</translation>
    </message>
    <message>
        <source>The VIP pool start</source>
        <translation>The VIP pool start</translation>
    </message>
    <message>
        <source>The VIP pool end</source>
        <translation>The VIP pool end</translation>
    </message>
    <message>
        <source>The IP address prefix</source>
        <translation>The IP address prefix</translation>
    </message>
    <message>
        <source>The gateway</source>
        <translation>The gateway</translation>
    </message>
    <message>
        <source>The DNS servers</source>
        <translation>The DNS servers</translation>
    </message>
    <message>
        <source>The image folder</source>
        <translation>The image folder</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>The working folder</translation>
    </message>
    <message>
        <source>The cloud config location</source>
        <translation>The cloud config location</translation>
    </message>
    <message>
        <source>The node config location</source>
        <translation>The node config location</translation>
    </message>
    <message>
        <source>The cloud service CIDR</source>
        <translation>The cloud service CIDR</translation>
    </message>
    <message>
        <source>The control plane VM size</source>
        <translation>The control plane VM size</translation>
    </message>
    <message>
        <source>The SSH public key</source>
        <translation>The SSH public key</translation>
    </message>
    <message>
        <source>The MAC pool start</source>
        <translation>The MAC pool start</translation>
    </message>
    <message>
        <source>The MAC pool end</source>
        <translation>The MAC pool end</translation>
    </message>
    <message>
        <source>The version</source>
        <translation>The version</translation>
    </message>
    <message>
        <source>The cluster role name</source>
        <translation>The cluster role name</translation>
    </message>
    <message>
        <source>The cloud location</source>
        <translation>The cloud location</translation>
    </message>
    <message>
        <source>The staging share</source>
        <translation>The staging share</translation>
    </message>
    <message>
        <source>The proxy name</source>
        <translation>The proxy name</translation>
    </message>
    <message>
        <source>The HTTP proxy</source>
        <translation>The HTTP proxy</translation>
    </message>
    <message>
        <source>The HTTPS proxy</source>
        <translation>The HTTPS proxy</translation>
    </message>
    <message>
        <source>The no-proxy list</source>
        <translation>The no-proxy list</translation>
    </message>
    <message>
        <source>The proxy user</source>
        <translation>The proxy user</translation>
    </message>
    <message>
        <source>The proxy password</source>
        <translation>The proxy password</translation>
    </message>
    <message>
        <source>The proxy certificate file</source>
        <translation>The proxy certificate file</translation>
    </message>
    <message>
        <source>Set-AksHciConfig needs the image folder, the working folder, the cloud config location and the virtual network.</source>
        <translation>Set-AksHciConfig needs the image folder, the working folder, the cloud config location and the virtual network.</translation>
    </message>
    <message>
        <source>A proxy needs a name, the HTTP and HTTPS proxy and the no-proxy list.</source>
        <translation>A proxy needs a name, the HTTP and HTTPS proxy and the no-proxy list.</translation>
    </message>
    <message>
        <source>The proxy user %1 has no password to authenticate with.</source>
        <translation>The proxy user %1 has no password to authenticate with.</translation>
    </message>
    <message>
        <source>The subscription ID</source>
        <translation>The subscription ID</translation>
    </message>
    <message>
        <source>The resource group</source>
        <translation>The resource group</translation>
    </message>
    <message>
        <source>The tenant ID</source>
        <translation>The tenant ID</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>The region</translation>
    </message>
    <message>
        <source>The Azure environment</source>
        <translation>The Azure environment</translation>
    </message>
    <message>
        <source>The service principal ID</source>
        <translation>The service principal ID</translation>
    </message>
    <message>
        <source>The service principal secret</source>
        <translation>The service principal secret</translation>
    </message>
    <message>
        <source>Set-AksHciRegistration needs a subscription ID and a resource group.</source>
        <translation>Set-AksHciRegistration needs a subscription ID and a resource group.</translation>
    </message>
    <message>
        <source>The service principal %1 has no secret to sign in with.</source>
        <translation>The service principal %1 has no secret to sign in with.</translation>
    </message>
    <message>
        <source>The load balancer VM size</source>
        <translation>The load balancer VM size</translation>
    </message>
    <message>
        <source>The node VM size</source>
        <translation>The node VM size</translation>
    </message>
    <message>
        <source>The taints</source>
        <translation>The taints</translation>
    </message>
    <message>
        <source>The network plugin</source>
        <translation>The network plugin</translation>
    </message>
    <message>
        <source>The autoscaler profile</source>
        <translation>The autoscaler profile</translation>
    </message>
    <message>
        <source>The load balancer SKU %1 is neither HAProxy nor none.</source>
        <translation>The load balancer SKU %1 is neither HAProxy nor none.</translation>
    </message>
    <message>
        <source>The VM size</source>
        <translation>The VM size</translation>
    </message>
    <message>
        <source>New-AksHciAutoScalerProfile needs a name and at least one setting.</source>
        <translation>New-AksHciAutoScalerProfile needs a name and at least one setting.</translation>
    </message>
    <message>
        <source>The autoscaler setting</source>
        <translation>The autoscaler setting</translation>
    </message>
    <message>
        <source>The kubeconfig path</source>
        <translation>The kubeconfig path</translation>
    </message>
</context>
<context>
    <name>AksHciValidator</name>
    <message>
        <source>&apos;%1&apos; is not a valid cluster name: use 3 to 32 lowercase letters, digits and &apos;-&apos;, starting with a letter and not ending with &apos;-&apos;.</source>
        <translation>&apos;%1&apos; is not a valid cluster name: use 3 to 32 lowercase letters, digits and &apos;-&apos;, starting with a letter and not ending with &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid node pool name: use lowercase letters, digits and &apos;-&apos;, starting with a letter (at most 40 characters).</source>
        <translation>&apos;%1&apos; is not a valid node pool name: use lowercase letters, digits and &apos;-&apos;, starting with a letter (at most 40 characters).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a VM size name such as Standard_A4_v2.</source>
        <translation>%1 &apos;%2&apos; is not a VM size name such as Standard_A4_v2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes version such as v1.26.6.</source>
        <translation>&apos;%1&apos; is not a Kubernetes version such as v1.26.6.</translation>
    </message>
    <message>
        <source>%1 contains a line break or control character; remove it.</source>
        <translation>%1 contains a line break or control character; remove it.</translation>
    </message>
    <message>
        <source>%1 is longer than 4096 characters.</source>
        <translation>%1 is longer than 4096 characters.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OS type: use Linux or Windows.</source>
        <translation>&apos;%1&apos; is not an OS type: use Linux or Windows.</translation>
    </message>
</context>
<context>
    <name>ArtifactReader</name>
    <message>
        <source>Backup %1, artifact %2: %3</source>
        <translation>Backup %1, artifact %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>expected a JSON array</translation>
    </message>
</context>
<context>
    <name>AzureBlobStore</name>
    <message>
        <source>The container &apos;%1&apos; does not exist in the storage account &apos;%2&apos; (%3); check the container name Velero&apos;s backup storage location uses.</source>
        <translation>The container &apos;%1&apos; does not exist in the storage account &apos;%2&apos; (%3); check the container name Velero&apos;s backup storage location uses.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (%3).</source>
        <translation>%1 does not exist in %2 (%3).</translation>
    </message>
    <message>
        <source>The storage account refused the request because this computer&apos;s clock differs from the server&apos;s by more than 15 minutes (%1); correct the clock and try again.</source>
        <translation>The storage account refused the request because this computer&apos;s clock differs from the server&apos;s by more than 15 minutes (%1); correct the clock and try again.</translation>
    </message>
    <message>
        <source>The SAS token for %1 expired at %2 (%3); create a new one with read and list permissions and save it again (aks-recovery credentials set %1).</source>
        <translation>The SAS token for %1 expired at %2 (%3); create a new one with read and list permissions and save it again (aks-recovery credentials set %1).</translation>
    </message>
    <message>
        <source>The SAS token from %1 was rejected by %2 (%3) while reading %4; check that it grants read and list permissions on the container and has not expired.</source>
        <translation>The SAS token from %1 was rejected by %2 (%3) while reading %4; check that it grants read and list permissions on the container and has not expired.</translation>
    </message>
    <message>
        <source>The storage account key was rejected (%1) by %2 while reading %3; check the key from %4 against the storage account&apos;s access keys (aks-recovery credentials set %2), and that the account&apos;s firewall lets this computer in.</source>
        <translation>The storage account key was rejected (%1) by %2 while reading %3; check the key from %4 against the storage account&apos;s access keys (aks-recovery credentials set %2), and that the account&apos;s firewall lets this computer in.</translation>
    </message>
    <message>
        <source>%1 refused to let these credentials read %2 (%3).</source>
        <translation>%1 refused to let these credentials read %2 (%3).</translation>
    </message>
    <message>
        <source>%1 answered %2 while %3 was read; try again later.</source>
        <translation>%1 answered %2 while %3 was read; try again later.</translation>
    </message>
</context>
<context>
    <name>BackendRecoveryTarget</name>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 is not valid JSON.</translation>
    </message>
    <message>
        <source>Could not read the configuration snapshot %1: %2</source>
        <translation>Could not read the configuration snapshot %1: %2</translation>
    </message>
    <message>
        <source>Could not get the kubeconfig of %1: %2</source>
        <translation>Could not get the kubeconfig of %1: %2</translation>
    </message>
    <message>
        <source>The plan does not restore %1.</source>
        <translation>The plan does not restore %1.</translation>
    </message>
    <message>
        <source>The backup storage of %1 is not reachable: %2</source>
        <translation>The backup storage of %1 is not reachable: %2</translation>
    </message>
    <message>
        <source>The snapshot %1 does not describe %2.</source>
        <translation>The snapshot %1 does not describe %2.</translation>
    </message>
    <message>
        <source>The snapshot %1 holds no usable Get-AksHciConfig.</source>
        <translation>The snapshot %1 holds no usable Get-AksHciConfig.</translation>
    </message>
    <message>
        <source>Could not read what backup %1 holds (%2): %3</source>
        <translation>Could not read what backup %1 holds (%2): %3</translation>
    </message>
    <message>
        <source>The snapshot %1 has no cluster %2 to recreate.</source>
        <translation>The snapshot %1 has no cluster %2 to recreate.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>(the snapshot cannot be read: %1)</source>
        <translation>(the snapshot cannot be read: %1)</translation>
    </message>
    <message>
        <source>(the snapshot has no cluster %1)</source>
        <translation>(the snapshot has no cluster %1)</translation>
    </message>
    <message>
        <source>(cannot be built: %1)</source>
        <translation>(cannot be built: %1)</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be replayed in full, so nothing was removed: %2</source>
        <translation>The snapshot %1 cannot be replayed in full, so nothing was removed: %2</translation>
    </message>
    <message>
        <source>(Set-AksHciRegistration: the registration is unknown)</source>
        <translation>(Set-AksHciRegistration: the registration is unknown)</translation>
    </message>
    <message>
        <source>(the plan does not restore %1)</source>
        <translation>(the plan does not restore %1)</translation>
    </message>
    <message>
        <source>&lt;kubeconfig&gt;</source>
        <translation>&lt;kubeconfig&gt;</translation>
    </message>
    <message>
        <source>(velero install cannot be shown: %1)</source>
        <translation>(velero install cannot be shown: %1)</translation>
    </message>
    <message>
        <source>(velero %1 would not be run: %2)</source>
        <translation>(velero %1 would not be run: %2)</translation>
    </message>
    <message>
        <source> (only when Velero is missing)</source>
        <translation> (only when Velero is missing)</translation>
    </message>
    <message>
        <source> (only when %1 has Windows nodes)</source>
        <translation> (only when %1 has Windows nodes)</translation>
    </message>
    <message>
        <source>(the node agent&apos;s name cannot be shown: %1)</source>
        <translation>(the node agent&apos;s name cannot be shown: %1)</translation>
    </message>
</context>
<context>
    <name>BackupArtifacts</name>
    <message>
        <source>Backup object</source>
        <translation>Backup object</translation>
    </message>
    <message>
        <source>Resources tarball</source>
        <translation>Resources tarball</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Resource list</source>
        <translation>Resource list</translation>
    </message>
    <message>
        <source>Volume snapshots</source>
        <translation>Volume snapshots</translation>
    </message>
    <message>
        <source>Pod volume backups</source>
        <translation>Pod volume backups</translation>
    </message>
    <message>
        <source>CSI snapshots</source>
        <translation>CSI snapshots</translation>
    </message>
    <message>
        <source>CSI snapshot contents</source>
        <translation>CSI snapshot contents</translation>
    </message>
    <message>
        <source>CSI snapshot classes</source>
        <translation>CSI snapshot classes</translation>
    </message>
    <message>
        <source>Item operations</source>
        <translation>Item operations</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Volume info</source>
        <translation>Volume info</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>Backup %1, artifact velero-backup.json: not valid JSON</source>
        <translation>Backup %1, artifact velero-backup.json: not valid JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid backup name.</source>
        <translation>&quot;%1&quot; is not a valid backup name.</translation>
    </message>
    <message>
        <source>There is no backup named %1 in %2.</source>
        <translation>There is no backup named %1 in %2.</translation>
    </message>
</context>
<context>
    <name>BackupChoices</name>
    <message>
        <source>The backups of %1 could not be listed: %2</source>
        <translation>The backups of %1 could not be listed: %2</translation>
    </message>
</context>
<context>
    <name>BackupInspector</name>
    <message>
        <source>Backup %1, artifact %2: missing. The backup never finished uploading (or its tarball was deleted); it cannot be restored.</source>
        <translation>Backup %1, artifact %2: missing. The backup never finished uploading (or its tarball was deleted); it cannot be restored.</translation>
    </message>
    <message>
        <source>%1 holds no backups.</source>
        <translation>%1 holds no backups.</translation>
    </message>
    <message>
        <source>%1 holds %2 backups: name one with --backup NAME.</source>
        <translation>%1 holds %2 backups: name one with --backup NAME.</translation>
    </message>
</context>
<context>
    <name>BackupMadeBy</name>
    <message>
        <source>its tarball format 1.1.0 is written since velero 1.4</source>
        <translation>its tarball format 1.1.0 is written since velero 1.4</translation>
    </message>
    <message>
        <source>spec.defaultVolumesToFsBackup is written since velero 1.10</source>
        <translation>spec.defaultVolumesToFsBackup is written since velero 1.10</translation>
    </message>
    <message>
        <source>the item operations file is written since velero 1.11</source>
        <translation>the item operations file is written since velero 1.11</translation>
    </message>
    <message>
        <source>the volume information file is written since velero 1.13</source>
        <translation>the volume information file is written since velero 1.13</translation>
    </message>
    <message>
        <source>its phase %1 exists since velero 1.18</source>
        <translation>its phase %1 exists since velero 1.18</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>Backup %1, artifact %2: missing; a Velero install will not see this backup.</source>
        <translation>Backup %1, artifact %2: missing; a Velero install will not see this backup.</translation>
    </message>
    <message>
        <source>Backup %1: phase is %2, not Completed.</source>
        <translation>Backup %1: phase is %2, not Completed.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: missing; the backup never finished uploading.</source>
        <translation>Backup %1, artifact %2: missing; the backup never finished uploading.</translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: missing; the tarball cannot be checked against it.</source>
        <translation>Backup %1, artifact %2: missing; the tarball cannot be checked against it.</translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: expected a JSON object</source>
        <translation>Backup %1, artifact %2: expected a JSON object</translation>
    </message>
    <message>
        <source>Backup %1: %2 %3 is in the resource list but not in the tarball.</source>
        <translation>Backup %1: %2 %3 is in the resource list but not in the tarball.</translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: </source>
        <translation>Backup %1, artifact %2: </translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is of tar type &apos;%2&apos;, which Velero never writes and does not restore.</source>
        <translation>the entry &quot;%1&quot; is of tar type &apos;%2&apos;, which Velero never writes and does not restore.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is restored by Velero as %2; Velero never writes such a path (an entry added to the backup, or one shadowing another).</source>
        <translation>the entry &quot;%1&quot; is restored by Velero as %2; Velero never writes such a path (an entry added to the backup, or one shadowing another).</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; replaces an earlier entry of %2; Velero restores the later one (a shadowing entry).</source>
        <translation>the entry &quot;%1&quot; replaces an earlier entry of %2; Velero restores the later one (a shadowing entry).</translation>
    </message>
    <message numerus="yes">
        <source>Backup %1, artifact %2: %n more entries Velero would read differently from how they are written.</source>
        <translation>
            <numerusform>Backup %1, artifact %2: %n more entries Velero would read differently from how they are written.</numerusform>
            <numerusform>Backup %1, artifact %2: %n more entries Velero would read differently from how they are written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: %3 (entry &quot;%4&quot;) would be restored by Velero but is not in the resource list.</source>
        <translation>Backup %1, artifact %2: %3 (entry &quot;%4&quot;) would be restored by Velero but is not in the resource list.</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>Print a JSON array.</source>
        <translation>Print a JSON array.</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>No backups in %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>STARTED</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRES</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ITEMS</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>ERRORS</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>WARNINGS</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>SCHEDULE</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>(no metadata)</source>
        <translation>(no metadata)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incomplete)</translation>
    </message>
    <message>
        <source>list the backups in a backup store</source>
        <translation>list the backups in a backup store</translation>
    </message>
</context>
<context>
    <name>CertificateExpiry</name>
    <message>
        <source>The certificate data is %1 bytes, too large for a certificate.</source>
        <translation>The certificate data is %1 bytes, too large for a certificate.</translation>
    </message>
    <message>
        <source>The certificate data holds no PEM certificate.</source>
        <translation>The certificate data holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Out of memory while reading a certificate.</source>
        <translation>Out of memory while reading a certificate.</translation>
    </message>
    <message>
        <source>Certificate %1 has a validity date that cannot be read.</source>
        <translation>Certificate %1 has a validity date that cannot be read.</translation>
    </message>
    <message>
        <source>The PEM certificate could not be parsed.</source>
        <translation>The PEM certificate could not be parsed.</translation>
    </message>
    <message>
        <source>Certificate %1 of the bundle could not be parsed.</source>
        <translation>Certificate %1 of the bundle could not be parsed.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 takes no arguments.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;aks-recovery --help&apos; for the options and commands.</source>
        <translation>Run &apos;aks-recovery --help&apos; for the options and commands.</translation>
    </message>
    <message>
        <source>The demo environment is back to its seeded state (%1).</source>
        <translation>The demo environment is back to its seeded state (%1).</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ClustersCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>No workload clusters.</source>
        <translation>No workload clusters.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KUBERNETES</source>
        <translation>KUBERNETES</translation>
    </message>
    <message>
        <source>CONTROL PLANE</source>
        <translation>CONTROL PLANE</translation>
    </message>
    <message>
        <source>LOAD BALANCER</source>
        <translation>LOAD BALANCER</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>NODES</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>list the workload clusters and their node pools</source>
        <translation>list the workload clusters and their node pools</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Print the whole configuration as JSON (secrets masked).</source>
        <translation>Print the whole configuration as JSON (secrets masked).</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Install state</source>
        <translation>Install state</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Virtual network</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>Virtual switch</translation>
    </message>
    <message>
        <source>IP address prefix</source>
        <translation>IP address prefix</translation>
    </message>
    <message>
        <source>Node IP pool</source>
        <translation>Node IP pool</translation>
    </message>
    <message>
        <source>VIP pool</source>
        <translation>VIP pool</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS servers</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN ID</translation>
    </message>
    <message>
        <source>Cloud service CIDR</source>
        <translation>Cloud service CIDR</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP proxy</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Image folder</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Working folder</translation>
    </message>
    <message>
        <source>Cloud config location</source>
        <translation>Cloud config location</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control plane</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM size</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load balancer</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>AKS hybrid</source>
        <translation>AKS hybrid</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>show the management cluster&apos;s configuration</source>
        <translation>show the management cluster&apos;s configuration</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>the environment</source>
        <translation>the environment</translation>
    </message>
    <message>
        <source>%1 is not a cloud store and needs no credentials.</source>
        <translation>%1 is not a cloud store and needs no credentials.</translation>
    </message>
    <message>
        <source>No credentials for %1. Save the storage account key or a SAS token in the keychain (aks-recovery credentials set %1, reading it from stdin), give the velero credentials file with --credentials-file, or set AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN.</source>
        <translation>No credentials for %1. Save the storage account key or a SAS token in the keychain (aks-recovery credentials set %1, reading it from stdin), give the velero credentials file with --credentials-file, or set AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN.</translation>
    </message>
    <message>
        <source>No credentials for %1. Save the access key in the keychain (aks-recovery credentials set %1, reading it from stdin), give the velero credentials file with --credentials-file, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>No credentials for %1. Save the access key in the keychain (aks-recovery credentials set %1, reading it from stdin), give the velero credentials file with --credentials-file, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The credentials for %1 are not sent to %2: over plain %3:// a secret would cross the network in clear text. Only a loopback emulator (127.0.0.1, ::1, localhost) may be reached without TLS.</source>
        <translation>The credentials for %1 are not sent to %2: over plain %3:// a secret would cross the network in clear text. Only a loopback emulator (127.0.0.1, ::1, localhost) may be reached without TLS.</translation>
    </message>
    <message>
        <source>Use an https:// endpoint.</source>
        <translation>Use an https:// endpoint.</translation>
    </message>
    <message>
        <source>The keychain entry for %1 saved by an older version, without its endpoint, is not used: save the secret again for this endpoint.</source>
        <translation>The keychain entry for %1 saved by an older version, without its endpoint, is not used: save the secret again for this endpoint.</translation>
    </message>
    <message>
        <source>Keychain not used for %1: %2</source>
        <translation>Keychain not used for %1: %2</translation>
    </message>
    <message>
        <source>The keychain holds credentials for %1 saved without an endpoint; they are not used. Save them again with `aks-recovery credentials set %1` (and --endpoint).</source>
        <translation>The keychain holds credentials for %1 saved without an endpoint; they are not used. Save them again with `aks-recovery credentials set %1` (and --endpoint).</translation>
    </message>
    <message>
        <source>No credentials for %1. Open the store with File &gt; Open backup store... and type the storage account key or a SAS token (kept in the keychain, or for this session only), or name the velero credentials file there.</source>
        <translation>No credentials for %1. Open the store with File &gt; Open backup store... and type the storage account key or a SAS token (kept in the keychain, or for this session only), or name the velero credentials file there.</translation>
    </message>
    <message>
        <source>No credentials for %1. Open the store with File &gt; Open backup store... and type the access key id and secret (kept in the keychain, or for this session only), or name the velero credentials file there.</source>
        <translation>No credentials for %1. Open the store with File &gt; Open backup store... and type the access key id and secret (kept in the keychain, or for this session only), or name the velero credentials file there.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The OS keychain did not answer within %1 s; unlock it and try again.</source>
        <translation>The OS keychain did not answer within %1 s; unlock it and try again.</translation>
    </message>
    <message>
        <source>Cannot read the credentials for %1 from the OS keychain: %2.</source>
        <translation>Cannot read the credentials for %1 from the OS keychain: %2.</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>the OS keychain</translation>
    </message>
    <message>
        <source>The keychain entry for %1 is not one this app wrote; save the credentials again (aks-recovery credentials set %1).</source>
        <translation>The keychain entry for %1 is not one this app wrote; save the credentials again (aks-recovery credentials set %1).</translation>
    </message>
    <message>
        <source>Cannot delete the credentials for %1 from the OS keychain: %2.</source>
        <translation>Cannot delete the credentials for %1 from the OS keychain: %2.</translation>
    </message>
    <message>
        <source>no keychain service (Secret Service or KWallet) is running in this desktop session</source>
        <translation>no keychain service (Secret Service or KWallet) is running in this desktop session</translation>
    </message>
    <message>
        <source>the keychain&apos;s request for access was declined</source>
        <translation>the keychain&apos;s request for access was declined</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation>the keychain is locked or refused access</translation>
    </message>
    <message>
        <source>the keychain service could not be reached</source>
        <translation>the keychain service could not be reached</translation>
    </message>
    <message>
        <source>The secret could not be saved in the OS keychain: %1.</source>
        <translation>The secret could not be saved in the OS keychain: %1.</translation>
    </message>
    <message>
        <source>Unlock or start the keychain, or use the secret for this session only.</source>
        <translation>Unlock or start the keychain, or use the secret for this session only.</translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>  credentials set STORE [--sas] [--access-key-id ID]   the secret is read from stdin
  credentials delete STORE
  credentials import-file STORE FILE [--delete-file | --keep-file]
STORE is azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].</source>
        <translation>  credentials set STORE [--sas] [--access-key-id ID]   the secret is read from stdin
  credentials delete STORE
  credentials import-file STORE FILE [--delete-file | --keep-file]
STORE is azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].</translation>
    </message>
    <message>
        <source>Azure: the secret is a SAS token, not the storage account key.</source>
        <translation>Azure: the secret is a SAS token, not the storage account key.</translation>
    </message>
    <message>
        <source>S3: the access key id the secret belongs to.</source>
        <translation>S3: the access key id the secret belongs to.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>import-file, S3: the profile to read (default: default).</source>
        <translation>import-file, S3: the profile to read (default: default).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>import-file: delete the file once its secret is saved.</source>
        <translation>import-file: delete the file once its secret is saved.</translation>
    </message>
    <message>
        <source>import-file: keep the file.</source>
        <translation>import-file: keep the file.</translation>
    </message>
    <message>
        <source>Usage: aks-recovery credentials set|delete STORE, or credentials import-file STORE FILE.</source>
        <translation>Usage: aks-recovery credentials set|delete STORE, or credentials import-file STORE FILE.</translation>
    </message>
    <message>
        <source>%1 is not a cloud store; only azure:// and s3:// stores have credentials.</source>
        <translation>%1 is not a cloud store; only azure:// and s3:// stores have credentials.</translation>
    </message>
    <message>
        <source>Deleted the credentials for %1 from the OS keychain.</source>
        <translation>Deleted the credentials for %1 from the OS keychain.</translation>
    </message>
    <message>
        <source>An S3 store needs --access-key-id ID; the secret access key is read from stdin.</source>
        <translation>An S3 store needs --access-key-id ID; the secret access key is read from stdin.</translation>
    </message>
    <message>
        <source>No secret on stdin. Pipe it in, e.g. from your password manager.</source>
        <translation>No secret on stdin. Pipe it in, e.g. from your password manager.</translation>
    </message>
    <message>
        <source>Saved the credentials for %1 in the OS keychain.</source>
        <translation>Saved the credentials for %1 in the OS keychain.</translation>
    </message>
    <message>
        <source>%1 still holds the secret in plain text. Delete it now? [y/N] </source>
        <translation>%1 still holds the secret in plain text. Delete it now? [y/N] </translation>
    </message>
    <message>
        <source>Cannot delete %1; delete it yourself.</source>
        <translation>Cannot delete %1; delete it yourself.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>Kept %1; delete it once you no longer need it, since it holds the secret in plain text.</source>
        <translation>Kept %1; delete it once you no longer need it, since it holds the secret in plain text.</translation>
    </message>
    <message>
        <source>save, import or delete an Azure Blob or S3 store&apos;s secret in the OS keychain</source>
        <translation>save, import or delete an Azure Blob or S3 store&apos;s secret in the OS keychain</translation>
    </message>
    <message>
        <source>The custom endpoint (Azurite, Azure Stack Hub, MinIO) the secret is for; it is only ever sent there.</source>
        <translation>The custom endpoint (Azurite, Azure Stack Hub, MinIO) the secret is for; it is only ever sent there.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid endpoint URL.</source>
        <translation>&apos;%1&apos; is not a valid endpoint URL.</translation>
    </message>
</context>
<context>
    <name>CredentialsFileParser</name>
    <message>
        <source>Cannot read the credentials file %1: %2.</source>
        <translation>Cannot read the credentials file %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a velero credentials file.</source>
        <translation>%1 is too large to be a velero credentials file.</translation>
    </message>
    <message>
        <source>the credentials file %1</source>
        <translation>the credentials file %1</translation>
    </message>
    <message>
        <source>%1 holds service principal credentials (AZURE_CLIENT_ID/AZURE_CLIENT_SECRET); this app reads the storage with the storage account key. Add AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt; or give the key another way.</source>
        <translation>%1 holds service principal credentials (AZURE_CLIENT_ID/AZURE_CLIENT_SECRET); this app reads the storage with the storage account key. Add AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt; or give the key another way.</translation>
    </message>
    <message>
        <source>%1 looks like an AWS credentials file, but the store is on Azure Blob Storage; it needs a line AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt;.</source>
        <translation>%1 looks like an AWS credentials file, but the store is on Azure Blob Storage; it needs a line AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt;.</translation>
    </message>
    <message>
        <source>%1 has no line AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt;.</source>
        <translation>%1 has no line AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt;.</translation>
    </message>
    <message>
        <source>%1 has no [%2] profile.</source>
        <translation>%1 has no [%2] profile.</translation>
    </message>
    <message>
        <source>%1 is not an AWS credentials file: it needs a [%2] profile with aws_access_key_id and aws_secret_access_key.</source>
        <translation>%1 is not an AWS credentials file: it needs a [%2] profile with aws_access_key_id and aws_secret_access_key.</translation>
    </message>
    <message>
        <source>The [%1] profile in %2 needs both aws_access_key_id and aws_secret_access_key.</source>
        <translation>The [%1] profile in %2 needs both aws_access_key_id and aws_secret_access_key.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Could not clear the demo environment in %1.</source>
        <translation>Could not clear the demo environment in %1.</translation>
    </message>
    <message>
        <source>Could not create the demo environment in %1.</source>
        <translation>Could not create the demo environment in %1.</translation>
    </message>
    <message>
        <source>Could not seed the demo environment: %1</source>
        <translation>Could not seed the demo environment: %1</translation>
    </message>
    <message>
        <source>Could not seed the demo environment: %1 exited with %2.</source>
        <translation>Could not seed the demo environment: %1 exited with %2.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Demo environment seeded in %1</source>
        <translation>Demo environment seeded in %1</translation>
    </message>
</context>
<context>
    <name>DiffEntry</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control plane</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load balancer</translation>
    </message>
    <message>
        <source>Node pool</source>
        <translation>Node pool</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes version</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Secret (redacted)</source>
        <translation>Secret (redacted)</translation>
    </message>
    <message>
        <source>Volatile</source>
        <translation>Volatile</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>DiffReportBuilder</name>
    <message>
        <source>Configuration comparison: %1 and %2</source>
        <translation>Configuration comparison: %1 and %2</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Compared</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>The deployments match: every field that matters for a restore is equal.</source>
        <translation>The deployments match: every field that matters for a restore is equal.</translation>
    </message>
    <message numerus="yes">
        <source>The deployments differ in %n field(s) that matter for a restore.</source>
        <translation>
            <numerusform>The deployments differ in %n field that matter for a restore.</numerusform>
            <numerusform>The deployments differ in %n fields that matter for a restore.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 equal, %2 changed, %3 added, %4 removed; %5 volatile field(s) ignored.</source>
        <translation>%1 equal, %2 changed, %3 added, %4 removed; %5 volatile field(s) ignored.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>Differences that matter for a restore</source>
        <translation>Differences that matter for a restore</translation>
    </message>
    <message>
        <source>Other differences</source>
        <translation>Other differences</translation>
    </message>
    <message>
        <source>Equal fields</source>
        <translation>Equal fields</translation>
    </message>
    <message>
        <source>Ignored fields (change on every rebuild)</source>
        <translation>Ignored fields (change on every rebuild)</translation>
    </message>
</context>
<context>
    <name>DroppedPath</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a backup downloaded with velero backup download (a .tar.gz).</source>
        <translation>%1 is not a backup downloaded with velero backup download (a .tar.gz).</translation>
    </message>
    <message>
        <source>%1 holds neither a backup store (a backups/ folder) nor config snapshots (manifest.json).</source>
        <translation>%1 holds neither a backup store (a backups/ folder) nor config snapshots (manifest.json).</translation>
    </message>
</context>
<context>
    <name>EnvCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environment: %1</translation>
    </message>
    <message>
        <source>PowerShell mode: %1</source>
        <translation>PowerShell mode: %1</translation>
    </message>
    <message>
        <source>NOT FOUND (%1)</source>
        <translation>NOT FOUND (%1)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>%1 was not found as &apos;%2&apos;: install it or give its path with --%1.</source>
        <translation>%1 was not found as &apos;%2&apos;: install it or give its path with --%1.</translation>
    </message>
    <message>
        <source>show the environment and tools in use, and check they exist</source>
        <translation>show the environment and tools in use, and check they exist</translation>
    </message>
</context>
<context>
    <name>EnvironmentResolver</name>
    <message>
        <source>This machine</source>
        <translation>This machine</translation>
    </message>
    <message>
        <source>Demo environment</source>
        <translation>Demo environment</translation>
    </message>
    <message>
        <source>Unknown PowerShell mode &apos;%1&apos;: use &apos;long-lived&apos; or &apos;per-call&apos;.</source>
        <translation>Unknown PowerShell mode &apos;%1&apos;: use &apos;long-lived&apos; or &apos;per-call&apos;.</translation>
    </message>
    <message>
        <source>The long timeout must be a number of seconds from 60 to 604800, not &apos;%1&apos;.</source>
        <translation>The long timeout must be a number of seconds from 60 to 604800, not &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>--powershell-mode takes &apos;long-lived&apos; or &apos;per-call&apos;, not &apos;%1&apos;.</source>
        <translation>--powershell-mode takes &apos;long-lived&apos; or &apos;per-call&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: aks-recovery [options]                 start the GUI
       aks-recovery [options] &lt;command&gt; ...   run a job without a display

Options:
  --demo                    use the demo environment (simulated AKS hybrid and velero)
  --demo-reset              put the demo environment back to its seeded state
  --powershell PATH         the PowerShell to run (also AKS_RECOVERY_POWERSHELL)
  --powershell-mode MODE    long-lived (default) or per-call
  --long-timeout SECONDS    raise the wait for installs, cluster builds and restores
                            (also AKS_RECOVERY_LONG_TIMEOUT; Install-AksHci waits 4 h
                            by default, New-AksHciCluster 2 h)
  --velero PATH             the velero CLI to run (also AKS_RECOVERY_VELERO)
  --kubectl PATH            the kubectl to run (also AKS_RECOVERY_KUBECTL)
  --lang ja|en              the language of the interface
  -v, --verbose             log to stderr as well
  --version                 print the version
  -h, --help                print this help, or a command&apos;s help

Exit codes: 0 done, 1 the job failed, 2 bad usage.
</source>
        <translation>Usage: aks-recovery [options]                 start the GUI
       aks-recovery [options] &lt;command&gt; ...   run a job without a display

Options:
  --demo                    use the demo environment (simulated AKS hybrid and velero)
  --demo-reset              put the demo environment back to its seeded state
  --powershell PATH         the PowerShell to run (also AKS_RECOVERY_POWERSHELL)
  --powershell-mode MODE    long-lived (default) or per-call
  --long-timeout SECONDS    raise the wait for installs, cluster builds and restores
                            (also AKS_RECOVERY_LONG_TIMEOUT; Install-AksHci waits 4 h
                            by default, New-AksHciCluster 2 h)
  --velero PATH             the velero CLI to run (also AKS_RECOVERY_VELERO)
  --kubectl PATH            the kubectl to run (also AKS_RECOVERY_KUBECTL)
  --lang ja|en              the language of the interface
  -v, --verbose             log to stderr as well
  --version                 print the version
  -h, --help                print this help, or a command&apos;s help

Exit codes: 0 done, 1 the job failed, 2 bad usage.
</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Demo environment</source>
        <translation>Demo environment</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>AKS Recovery Console %1 starting</source>
        <translation>AKS Recovery Console %1 starting</translation>
    </message>
</context>
<context>
    <name>GzipInflater</name>
    <message>
        <source>corrupt gzip data (%1) after %2 compressed bytes</source>
        <translation>corrupt gzip data (%1) after %2 compressed bytes</translation>
    </message>
    <message>
        <source>inflates to more than %1 bytes, the cap for one artifact</source>
        <translation>inflates to more than %1 bytes, the cap for one artifact</translation>
    </message>
    <message>
        <source>inflates more than %1 times its compressed size: refused as a decompression bomb</source>
        <translation>inflates more than %1 times its compressed size: refused as a decompression bomb</translation>
    </message>
    <message>
        <source>empty: no gzip data</source>
        <translation>empty: no gzip data</translation>
    </message>
    <message>
        <source>truncated: the gzip stream ends after %1 compressed bytes, before its end marker (the upload or download was cut short)</source>
        <translation>truncated: the gzip stream ends after %1 compressed bytes, before its end marker (the upload or download was cut short)</translation>
    </message>
</context>
<context>
    <name>HealthChecker</name>
    <message>
        <source>Rotate the management cluster&apos;s certificates and tokens</source>
        <translation>Rotate the management cluster&apos;s certificates and tokens</translation>
    </message>
    <message>
        <source>Log mocctl in again (its certificate expired)</source>
        <translation>Log mocctl in again (its certificate expired)</translation>
    </message>
    <message>
        <source>Repair the management cluster&apos;s certificates (deprecated cmdlet)</source>
        <translation>Repair the management cluster&apos;s certificates (deprecated cmdlet)</translation>
    </message>
    <message>
        <source>Reprovision the control plane certificates of %1</source>
        <translation>Reprovision the control plane certificates of %1</translation>
    </message>
    <message>
        <source>Reprovision the cloud agent tokens of %1</source>
        <translation>Reprovision the cloud agent tokens of %1</translation>
    </message>
    <message>
        <source>Repair the certificates of %1 (deprecated cmdlet)</source>
        <translation>Repair the certificates of %1 (deprecated cmdlet)</translation>
    </message>
    <message>
        <source>%1 failed the way expired certificates or tokens make it fail: %2</source>
        <translation>%1 failed the way expired certificates or tokens make it fail: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>AKS hybrid is configured but not installed (%1).</source>
        <translation>AKS hybrid is configured but not installed (%1).</translation>
    </message>
    <message>
        <source>Get-AksHciCluster reports %1 as %2.</source>
        <translation>Get-AksHciCluster reports %1 as %2.</translation>
    </message>
    <message>
        <source>The kubeconfig of %1 could not be fetched: %2</source>
        <translation>The kubeconfig of %1 could not be fetched: %2</translation>
    </message>
    <message>
        <source>The API server of %1 did not answer: %2</source>
        <translation>The API server of %1 did not answer: %2</translation>
    </message>
    <message>
        <source>The kubeconfig of %1 cannot be checked: %2</source>
        <translation>The kubeconfig of %1 cannot be checked: %2</translation>
    </message>
    <message>
        <source>The kubeconfig client certificate of %1 expired on %2.</source>
        <translation>The kubeconfig client certificate of %1 expired on %2.</translation>
    </message>
    <message numerus="yes">
        <source>The kubeconfig client certificate of %1 expires on %2 (%n day(s) left).</source>
        <translation>
            <numerusform>The kubeconfig client certificate of %1 expires on %2 (%n day(s) left).</numerusform>
            <numerusform>The kubeconfig client certificate of %1 expires on %2 (%n day(s) left).</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster CA of %1 expired on %2.</source>
        <translation>The cluster CA of %1 expired on %2.</translation>
    </message>
    <message numerus="yes">
        <source>The cluster CA of %1 expires on %2 (%n day(s) left).</source>
        <translation>
            <numerusform>The cluster CA of %1 expires on %2 (%n day(s) left).</numerusform>
            <numerusform>The cluster CA of %1 expires on %2 (%n day(s) left).</numerusform>
        </translation>
    </message>
    <message>
        <source>The kubeconfig of %1 authenticates with a token; it has no client certificate to expire.</source>
        <translation>The kubeconfig of %1 authenticates with a token; it has no client certificate to expire.</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Exit 1 when a certificate expires within DAYS days (default %1).</source>
        <translation>Exit 1 when a certificate expires within DAYS days (default %1).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Run the documented repair ID of a finding (the ids are listed with each finding).</source>
        <translation>Run the documented repair ID of a finding (the ids are listed with each finding).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --repair: the deployment or cluster NAME the repair is for.</source>
        <translation>With --repair: the deployment or cluster NAME the repair is for.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --repair: print the script; change nothing.</source>
        <translation>With --repair: print the script; change nothing.</translation>
    </message>
    <message>
        <source>With --repair: write an HTML report of the run to FILE.</source>
        <translation>With --repair: write an HTML report of the run to FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--warn-days takes a whole number of days between 0 and 3650.</source>
        <translation>--warn-days takes a whole number of days between 0 and 3650.</translation>
    </message>
    <message>
        <source>--%1 goes with --repair.</source>
        <translation>--%1 goes with --repair.</translation>
    </message>
    <message>
        <source>Deployment %1: %2, AKS hybrid %3</source>
        <translation>Deployment %1: %2, AKS hybrid %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>does not answer</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version unknown)</translation>
    </message>
    <message>
        <source>Cluster %1: Kubernetes %2, %3, %4</source>
        <translation>Cluster %1: Kubernetes %2, %3, %4</translation>
    </message>
    <message>
        <source>API server answers</source>
        <translation>API server answers</translation>
    </message>
    <message>
        <source>API server not reached</source>
        <translation>API server not reached</translation>
    </message>
    <message>
        <source>    repair %1%2: %3</source>
        <translation>    repair %1%2: %3</translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation> (deprecated)</translation>
    </message>
    <message numerus="yes">
        <source>Something needs action or expires within %n day(s).</source>
        <translation>
            <numerusform>Something needs action or expires within %n day(s).</numerusform>
            <numerusform>Something needs action or expires within %n day(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding offers the repair &apos;%1&apos; now; run `aks-recovery health` for the current ones.</source>
        <translation>No finding offers the repair &apos;%1&apos; now; run `aks-recovery health` for the current ones.</translation>
    </message>
    <message>
        <source>Run again with --repair %1 --confirm %2.</source>
        <translation>Run again with --repair %1 --confirm %2.</translation>
    </message>
    <message>
        <source>The journal is %1.</source>
        <translation>The journal is %1.</translation>
    </message>
    <message>
        <source>diagnose the deployment and its certificates&apos; expiry, and run a documented repair (exit 1 when something needs action)</source>
        <translation>diagnose the deployment and its certificates&apos; expiry, and run a documented repair (exit 1 when something needs action)</translation>
    </message>
</context>
<context>
    <name>HealthFinding</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>HealthRepairRun</name>
    <message>
        <source>The documented repair of expired certificates and tokens, then the diagnosis again.</source>
        <translation>The documented repair of expired certificates and tokens, then the diagnosis again.</translation>
    </message>
    <message>
        <source>the management cluster of %1</source>
        <translation>the management cluster of %1</translation>
    </message>
    <message>
        <source>the workload cluster %1</source>
        <translation>the workload cluster %1</translation>
    </message>
    <message>
        <source>the certificates and tokens of %1 are replaced</source>
        <translation>the certificates and tokens of %1 are replaced</translation>
    </message>
    <message>
        <source>The repair replaces the certificates and tokens of %1: kubeconfigs fetched before it stop working, so fetch them again (Get-AksHciCredential).</source>
        <translation>The repair replaces the certificates and tokens of %1: kubeconfigs fetched before it stop working, so fetch them again (Get-AksHciCredential).</translation>
    </message>
    <message>
        <source>The repair ran, but the diagnosis still finds expired certificates: %1</source>
        <translation>The repair ran, but the diagnosis still finds expired certificates: %1</translation>
    </message>
    <message>
        <source>The management cluster answers again; no expired certificate found.</source>
        <translation>The management cluster answers again; no expired certificate found.</translation>
    </message>
    <message>
        <source>%1 has no expired certificate any more.</source>
        <translation>%1 has no expired certificate any more.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The workload cluster.</source>
        <translation>The workload cluster.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The cluster&apos;s kubeconfig (default: fetched with Get-AksHciCredential).</source>
        <translation>The cluster&apos;s kubeconfig (default: fetched with Get-AksHciCredential).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The context in the kubeconfig.</source>
        <translation>The context in the kubeconfig.</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXT</translation>
    </message>
    <message>
        <source>Velero&apos;s namespace (default velero).</source>
        <translation>Velero&apos;s namespace (default velero).</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>history needs --cluster NAME and takes no other arguments.</source>
        <translation>history needs --cluster NAME and takes no other arguments.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>TAKEN (UTC)</source>
        <translation>TAKEN (UTC)</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>AGE</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>ERRORS</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>WARNINGS</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>SCHEDULE</translation>
    </message>
    <message>
        <source>No backups.</source>
        <translation>No backups.</translation>
    </message>
    <message>
        <source>RPO %1: no Completed backup.</source>
        <translation>RPO %1: no Completed backup.</translation>
    </message>
    <message>
        <source>RPO %1: newest Completed backup %2 is %3 old (%4).</source>
        <translation>RPO %1: newest Completed backup %2 is %3 old (%4).</translation>
    </message>
    <message>
        <source>within RPO</source>
        <translation>within RPO</translation>
    </message>
    <message>
        <source>RPO BREACHED</source>
        <translation>RPO BREACHED</translation>
    </message>
    <message>
        <source>list a workload cluster&apos;s Velero backups</source>
        <translation>list a workload cluster&apos;s Velero backups</translation>
    </message>
</context>
<context>
    <name>HistoryLoader</name>
    <message>
        <source>cluster name</source>
        <translation>cluster name</translation>
    </message>
    <message>
        <source>Could not create the private folder %1 for kubeconfig files.</source>
        <translation>Could not create the private folder %1 for kubeconfig files.</translation>
    </message>
    <message>
        <source>Could not get the kubeconfig of cluster &apos;%1&apos;: %2</source>
        <translation>Could not get the kubeconfig of cluster &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Listing workload clusters</source>
        <translation>Listing workload clusters</translation>
    </message>
    <message>
        <source>Reading the backup history was cancelled.</source>
        <translation>Reading the backup history was cancelled.</translation>
    </message>
    <message>
        <source>Reading Velero on %1</source>
        <translation>Reading Velero on %1</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>Cannot read the CA certificate file %1: %2.</source>
        <translation>Cannot read the CA certificate file %1: %2.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>The CA certificate file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Reading %1 was cancelled.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most this app reads of it at once.</source>
        <translation>%1 is larger than %2 bytes, the most this app reads of it at once.</translation>
    </message>
    <message>
        <source>The storage server %1 sent nothing for %2 s while %3 was read; check the endpoint and the network, or try again later.</source>
        <translation>The storage server %1 sent nothing for %2 s while %3 was read; check the endpoint and the network, or try again later.</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 of %3 bytes of %4; try again.</source>
        <translation>The connection to %1 broke after %2 of %3 bytes of %4; try again.</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 bytes of %3; try again.</source>
        <translation>The connection to %1 broke after %2 bytes of %3; try again.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified, so %2 was not read. If the server uses a private CA, give its certificate as the CA file.</source>
        <translation>The TLS certificate of %1 could not be verified, so %2 was not read. If the server uses a private CA, give its certificate as the CA file.</translation>
    </message>
    <message>
        <source>Cannot reach the storage server %1 to read %2: %3. Check the endpoint, the network and any proxy.</source>
        <translation>Cannot reach the storage server %1 to read %2: %3. Check the endpoint, the network and any proxy.</translation>
    </message>
    <message>
        <source>%1 changed on the server while it was read; read it again.</source>
        <translation>%1 changed on the server while it was read; read it again.</translation>
    </message>
    <message>
        <source>The storage server %1 answered the rest of %2 with other bytes than were asked for; try again.</source>
        <translation>The storage server %1 answered the rest of %2 with other bytes than were asked for; try again.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>The backup to inspect.</source>
        <translation>The backup to inspect.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Print the summary as JSON.</translation>
    </message>
    <message>
        <source>Print one line per object in the tarball.</source>
        <translation>Print one line per object in the tarball.</translation>
    </message>
    <message>
        <source>Print the JSON of one object: --show KIND NAMESPACE/NAME.</source>
        <translation>Print the JSON of one object: --show KIND NAMESPACE/NAME.</translation>
    </message>
    <message>
        <source>Print the backup&apos;s log.</source>
        <translation>Print the backup&apos;s log.</translation>
    </message>
    <message>
        <source>With --logs: only lines at this level or above (info, warning, error).</source>
        <translation>With --logs: only lines at this level or above (info, warning, error).</translation>
    </message>
    <message>
        <source>Use only one of --json, --list, --show and --logs.</source>
        <translation>Use only one of --json, --list, --show and --logs.</translation>
    </message>
    <message>
        <source>--show needs KIND and NAMESPACE/NAME (NAME for cluster-scoped objects).</source>
        <translation>--show needs KIND and NAMESPACE/NAME (NAME for cluster-scoped objects).</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Unexpected argument %1.</translation>
    </message>
    <message>
        <source>--level goes with --logs and is one of debug, info, warning, error.</source>
        <translation>--level goes with --logs and is one of debug, info, warning, error.</translation>
    </message>
    <message>
        <source>Backup %1 has no log in %2 (%3 is absent).</source>
        <translation>Backup %1 has no log in %2 (%3 is absent).</translation>
    </message>
    <message>
        <source>Backup %1 holds no %2 %3.</source>
        <translation>Backup %1 holds no %2 %3.</translation>
    </message>
    <message>
        <source>Backup:      %1</source>
        <translation>Backup:      %1</translation>
    </message>
    <message>
        <source>Phase:       %1</source>
        <translation>Phase:       %1</translation>
    </message>
    <message>
        <source>Started:     %1</source>
        <translation>Started:     %1</translation>
    </message>
    <message>
        <source>Completed:   %1</source>
        <translation>Completed:   %1</translation>
    </message>
    <message>
        <source>Expires:     %1</source>
        <translation>Expires:     %1</translation>
    </message>
    <message>
        <source>Errors:      %1   Warnings: %2</source>
        <translation>Errors:      %1   Warnings: %2</translation>
    </message>
    <message>
        <source>Objects:     %1 in %2 namespaces (format %3)</source>
        <translation>Objects:     %1 in %2 namespaces (format %3)</translation>
    </message>
    <message>
        <source>show what a backup holds, straight from its storage</source>
        <translation>show what a backup holds, straight from its storage</translation>
    </message>
    <message>
        <source>[written as &quot;%1&quot;]</source>
        <translation>[written as &quot;%1&quot;]</translation>
    </message>
    <message>
        <source>[replaces an earlier entry of the same path]</source>
        <translation>[replaces an earlier entry of the same path]</translation>
    </message>
    <message numerus="yes">
        <source>Warning:     %n entries are read by Velero otherwise than written (skipped, renamed or replaced); run verify for each.</source>
        <translation>
            <numerusform>Warning:     %n entries are read by Velero otherwise than written (skipped, renamed or replaced); run verify for each.</numerusform>
            <numerusform>Warning:     %n entries are read by Velero otherwise than written (skipped, renamed or replaced); run verify for each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KubeNames</name>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid Kubernetes name: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit, at most 253 characters.</source>
        <translation>The %1 &apos;%2&apos; is not a valid Kubernetes name: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit, at most 253 characters.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid namespace name: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most 63 characters.</source>
        <translation>The %1 &apos;%2&apos; is not a valid namespace name: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most 63 characters.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid resource name (e.g. deployments, deployments.apps or *).</source>
        <translation>The %1 &apos;%2&apos; is not a valid resource name (e.g. deployments, deployments.apps or *).</translation>
    </message>
</context>
<context>
    <name>KubeconfigCertificates</name>
    <message>
        <source>The kubeconfig is too large to be one.</source>
        <translation>The kubeconfig is too large to be one.</translation>
    </message>
    <message>
        <source>Line %1 of the kubeconfig: %2 is not base64.</source>
        <translation>Line %1 of the kubeconfig: %2 is not base64.</translation>
    </message>
    <message>
        <source>Line %1 of the kubeconfig: %2 holds no readable certificate: %3</source>
        <translation>Line %1 of the kubeconfig: %2 holds no readable certificate: %3</translation>
    </message>
    <message>
        <source>The kubeconfig holds no credentials (no certificate, token or CA).</source>
        <translation>The kubeconfig holds no credentials (no certificate, token or CA).</translation>
    </message>
    <message>
        <source>The kubeconfig %1 cannot be read: %2</source>
        <translation>The kubeconfig %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The kubeconfig %1 is too large to be one.</source>
        <translation>The kubeconfig %1 is too large to be one.</translation>
    </message>
</context>
<context>
    <name>KubectlClient</name>
    <message>
        <source>namespace</source>
        <translation>namespace</translation>
    </message>
    <message>
        <source>kubectl printed something that is not a list of %1.</source>
        <translation>kubectl printed something that is not a list of %1.</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>kubectl patch %1 %2 failed: %3</source>
        <translation>kubectl patch %1 %2 failed: %3</translation>
    </message>
</context>
<context>
    <name>LocalFolderStore</name>
    <message>
        <source>The backup store folder %1 does not exist.</source>
        <translation>The backup store folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>The backup store folder %1 is not readable.</source>
        <translation>The backup store folder %1 is not readable.</translation>
    </message>
    <message>
        <source>Backup store contains invalid top-level directories: %1 (in %2). A backup store may hold only backups/, restores/, restic/, kopia/, metadata/ and plugins/; open the folder that holds backups/ or remove the other entries.</source>
        <translation>Backup store contains invalid top-level directories: %1 (in %2). A backup store may hold only backups/, restores/, restic/, kopia/, metadata/ and plugins/; open the folder that holds backups/ or remove the other entries.</translation>
    </message>
    <message>
        <source>Invalid store key %1.</source>
        <translation>Invalid store key %1.</translation>
    </message>
    <message>
        <source>%1 is not in the store %2.</source>
        <translation>%1 is not in the store %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes allowed for it.</source>
        <translation>%1 is %2 bytes, more than the %3 bytes allowed for it.</translation>
    </message>
    <message>
        <source>%1 grew beyond %2 bytes while being read.</source>
        <translation>%1 grew beyond %2 bytes while being read.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>%1 is not a valid snapshot manifest: %2.</source>
        <translation>%1 is not a valid snapshot manifest: %2.</translation>
    </message>
    <message>
        <source>Take a new snapshot, or restore this folder from a good copy.</source>
        <translation>Take a new snapshot, or restore this folder from a good copy.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>it is not a JSON object</translation>
    </message>
    <message>
        <source>the &quot;format&quot; field is not %1</source>
        <translation>the &quot;format&quot; field is not %1</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is missing</source>
        <translation>&quot;formatVersion&quot; is missing</translation>
    </message>
    <message>
        <source>%1 was written by a newer aks-recovery (%2, snapshot format %3); this one reads format %4 and older.</source>
        <translation>%1 was written by a newer aks-recovery (%2, snapshot format %3); this one reads format %4 and older.</translation>
    </message>
    <message>
        <source>Open it with aks-recovery %1 or newer.</source>
        <translation>Open it with aks-recovery %1 or newer.</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is %1</source>
        <translation>&quot;formatVersion&quot; is %1</translation>
    </message>
    <message>
        <source>&quot;createdUtc&quot; is not a date</source>
        <translation>&quot;createdUtc&quot; is not a date</translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing</source>
        <translation>&quot;files&quot; is missing</translation>
    </message>
    <message>
        <source>an entry of &quot;files&quot; is not an object</source>
        <translation>an entry of &quot;files&quot; is not an object</translation>
    </message>
    <message>
        <source>the entry for &quot;%1&quot; is incomplete or names a path outside the folder</source>
        <translation>the entry for &quot;%1&quot; is incomplete or names a path outside the folder</translation>
    </message>
    <message>
        <source>its encryption salt, snapshot id or manifest MAC is missing or malformed</source>
        <translation>its encryption salt, snapshot id or manifest MAC is missing or malformed</translation>
    </message>
</context>
<context>
    <name>NodePool</name>
    <message>
        <source>Get-AksHciNodePool printed something that is not a node pool.</source>
        <translation>Get-AksHciNodePool printed something that is not a node pool.</translation>
    </message>
    <message>
        <source>Get-AksHciNodePool printed a node pool without a name.</source>
        <translation>Get-AksHciNodePool printed a node pool without a name.</translation>
    </message>
</context>
<context>
    <name>PlanRevision</name>
    <message>
        <source>An edited plan needs an id of its own: the journal %1 binds to the earlier plan.</source>
        <translation>An edited plan needs an id of its own: the journal %1 binds to the earlier plan.</translation>
    </message>
    <message>
        <source>Carried over from the recovery&apos;s earlier plan (journal %1).</source>
        <translation>Carried over from the recovery&apos;s earlier plan (journal %1).</translation>
    </message>
</context>
<context>
    <name>PowerShellExecutor</name>
    <message>
        <source>Script: %1</source>
        <translation>Script: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ProcessRunner</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No program is configured for this step.</source>
        <translation>No program is configured for this step.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was cancelled before it started.</source>
        <translation>&apos;%1&apos; was cancelled before it started.</translation>
    </message>
    <message>
        <source>Could not start &apos;%1&apos;: the program &apos;%2&apos; was not found. Set its path in Settings or on the command line.</source>
        <translation>Could not start &apos;%1&apos;: the program &apos;%2&apos; was not found. Set its path in Settings or on the command line.</translation>
    </message>
    <message>
        <source>Could not start &apos;%1&apos;: %2</source>
        <translation>Could not start &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was cancelled.</source>
        <translation>&apos;%1&apos; was cancelled.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not finish within %2 and was stopped. The host may be hung or overloaded; raise the timeout in Settings if it is just slow.</source>
        <translation>&apos;%1&apos; did not finish within %2 and was stopped. The host may be hung or overloaded; raise the timeout in Settings if it is just slow.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; printed more than %2 MB and was stopped.</source>
        <translation>&apos;%1&apos; printed more than %2 MB and was stopped.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; crashed before it finished.</source>
        <translation>&apos;%1&apos; crashed before it finished.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed with exit code %2.</source>
        <translation>&apos;%1&apos; failed with exit code %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed with exit code %2: %3</source>
        <translation>&apos;%1&apos; failed with exit code %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; printed something that is not valid JSON (or JSON nested too deeply).</source>
        <translation>&apos;%1&apos; printed something that is not valid JSON (or JSON nested too deeply).</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Running: %1</translation>
    </message>
    <message>
        <source>%1 exited with code %2 after %3 ms</source>
        <translation>%1 exited with code %2 after %3 ms</translation>
    </message>
</context>
<context>
    <name>RebuildSpec</name>
    <message>
        <source>Export the snapshot again with secrets kept (encrypted).</source>
        <translation>Export the snapshot again with secrets kept (encrypted).</translation>
    </message>
    <message>
        <source>No documented parameter sets it; recreate it by hand after the rebuild, or recover another way.</source>
        <translation>No documented parameter sets it; recreate it by hand after the rebuild, or recover another way.</translation>
    </message>
    <message>
        <source>Management cluster</source>
        <translation>Management cluster</translation>
    </message>
    <message>
        <source>Pick a snapshot exported from a working deployment.</source>
        <translation>Pick a snapshot exported from a working deployment.</translation>
    </message>
    <message>
        <source>Give the proxy user (proxyUser in restore --secrets-file), or export the snapshot with secrets kept.</source>
        <translation>Give the proxy user (proxyUser in restore --secrets-file), or export the snapshot with secrets kept.</translation>
    </message>
    <message>
        <source>Give the password of the proxy user %1 (restore --secrets-file), or export the snapshot with secrets kept.</source>
        <translation>Give the password of the proxy user %1 (restore --secrets-file), or export the snapshot with secrets kept.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Export a new snapshot with this version (it records the Azure registration), then plan again.</source>
        <translation>Export a new snapshot with this version (it records the Azure registration), then plan again.</translation>
    </message>
    <message>
        <source>Give the secret of the service principal %1 (restore --secrets-file).</source>
        <translation>Give the secret of the service principal %1 (restore --secrets-file).</translation>
    </message>
    <message>
        <source>The snapshot&apos;s registration has no subscription or resource group; export a new snapshot.</source>
        <translation>The snapshot&apos;s registration has no subscription or resource group; export a new snapshot.</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Pick a snapshot that holds the cluster.</source>
        <translation>Pick a snapshot that holds the cluster.</translation>
    </message>
    <message>
        <source>No documented parameter creates %1 load balancers; the rebuild makes one. Add the others by hand afterwards.</source>
        <translation>No documented parameter creates %1 load balancers; the rebuild makes one. Add the others by hand afterwards.</translation>
    </message>
    <message>
        <source>The settings of the autoscaler profile %1 are not in the snapshot; export a new snapshot with this version.</source>
        <translation>The settings of the autoscaler profile %1 are not in the snapshot; export a new snapshot with this version.</translation>
    </message>
    <message>
        <source>Cluster %1, node pool %2</source>
        <translation>Cluster %1, node pool %2</translation>
    </message>
    <message>
        <source>New-AksHciCluster cannot create its first pool outside the autoscaler; turn it off afterwards (Set-AksHciNodePool -autoScaler $false).</source>
        <translation>New-AksHciCluster cannot create its first pool outside the autoscaler; turn it off afterwards (Set-AksHciNodePool -autoScaler $false).</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1.</source>
        <translation>Cannot read the secrets file %1.</translation>
    </message>
    <message>
        <source>The secrets file %1 is not a JSON object.</source>
        <translation>The secrets file %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>Pick the snapshot that holds %1.</source>
        <translation>Pick the snapshot that holds %1.</translation>
    </message>
    <message>
        <source>Autoscaler profile %1</source>
        <translation>Autoscaler profile %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
</context>
<context>
    <name>RecoveryTarget</name>
    <message>
        <source>This target cannot diagnose the deployment.</source>
        <translation>This target cannot diagnose the deployment.</translation>
    </message>
</context>
<context>
    <name>RegularFileOpener</name>
    <message>
        <source>%1 is %2; the folder store reads only regular files and follows no links, so it is refused.</source>
        <translation>%1 is %2; the folder store reads only regular files and follows no links, so it is refused.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>reached through a symbolic link</source>
        <translation>reached through a symbolic link</translation>
    </message>
    <message>
        <source>below something that is not a folder</source>
        <translation>below something that is not a folder</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>a FIFO</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>a symbolic link</translation>
    </message>
</context>
<context>
    <name>RemoteObjectStore</name>
    <message>
        <source>the listing of &apos;%1&apos;</source>
        <translation>the listing of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 sent a listing this app cannot read: %2.</source>
        <translation>%1 sent a listing this app cannot read: %2.</translation>
    </message>
    <message>
        <source>%1 sent the same page token twice; the listing cannot go on.</source>
        <translation>%1 sent the same page token twice; the listing cannot go on.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist in %2.</source>
        <translation>&apos;%1&apos; does not exist in %2.</translation>
    </message>
</context>
<context>
    <name>RemoteStoreOpener</name>
    <message>
        <source>The credentials from %1 are for S3, but %2 is on Azure Blob Storage.</source>
        <translation>The credentials from %1 are for S3, but %2 is on Azure Blob Storage.</translation>
    </message>
    <message>
        <source>The storage account key from %1 is not valid base64; copy it again from the storage account&apos;s access keys.</source>
        <translation>The storage account key from %1 is not valid base64; copy it again from the storage account&apos;s access keys.</translation>
    </message>
    <message>
        <source>The credentials from %1 are for Azure, but %2 is an S3 bucket.</source>
        <translation>The credentials from %1 are for Azure, but %2 is an S3 bucket.</translation>
    </message>
    <message>
        <source>%1 is not an Azure Blob or S3 store.</source>
        <translation>%1 is not an Azure Blob or S3 store.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot save the report as %1: %2</source>
        <translation>Cannot save the report as %1: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Choose a folder you can write to, with free space.</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical application; save it as HTML.</source>
        <translation>A PDF report needs the graphical application; save it as HTML.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Write a plan from the environment to FILE.</source>
        <translation>Write a plan from the environment to FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>new-site or corruption (with --write-plan).</source>
        <translation>new-site or corruption (with --write-plan).</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SCENARIO</translation>
    </message>
    <message>
        <source>Restore cluster NAME from BACKUP (repeatable; other clusters get their newest verified backup).</source>
        <translation>Restore cluster NAME from BACKUP (repeatable; other clusters get their newest verified backup).</translation>
    </message>
    <message>
        <source>NAME=BACKUP</source>
        <translation>NAME=BACKUP</translation>
    </message>
    <message>
        <source>The configuration snapshot folder to rebuild from (corruption).</source>
        <translation>The configuration snapshot folder to rebuild from (corruption).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The backup storage: a folder, azure://ACCOUNT/CONTAINER or s3://BUCKET.</source>
        <translation>The backup storage: a folder, azure://ACCOUNT/CONTAINER or s3://BUCKET.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STORE</translation>
    </message>
    <message>
        <source>The velero credentials file of the storage.</source>
        <translation>The velero credentials file of the storage.</translation>
    </message>
    <message>
        <source>Recovery point objective in hours (default 24).</source>
        <translation>Recovery point objective in hours (default 24).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <source>Run the plan in FILE.</source>
        <translation>Run the plan in FILE.</translation>
    </message>
    <message>
        <source>Print every command the plan would run; change nothing.</source>
        <translation>Print every command the plan would run; change nothing.</translation>
    </message>
    <message>
        <source>Allow the destructive step of the deployment or cluster NAME (repeatable).</source>
        <translation>Allow the destructive step of the deployment or cluster NAME (repeatable).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write an HTML report of the run to FILE.</source>
        <translation>Write an HTML report of the run to FILE.</translation>
    </message>
    <message>
        <source>Seconds between status checks while waiting (default 2).</source>
        <translation>Seconds between status checks while waiting (default 2).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>restore takes no positional arguments.</source>
        <translation>restore takes no positional arguments.</translation>
    </message>
    <message>
        <source>Give either --write-plan FILE --scenario new-site|corruption, or --plan FILE.</source>
        <translation>Give either --write-plan FILE --scenario new-site|corruption, or --plan FILE.</translation>
    </message>
    <message>
        <source>--scenario must be new-site or corruption.</source>
        <translation>--scenario must be new-site or corruption.</translation>
    </message>
    <message>
        <source>--cluster takes NAME=BACKUP, not &apos;%1&apos;.</source>
        <translation>--cluster takes NAME=BACKUP, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--rpo-hours takes a positive whole number of hours.</source>
        <translation>--rpo-hours takes a positive whole number of hours.</translation>
    </message>
    <message>
        <source>Could not write the plan: %1</source>
        <translation>Could not write the plan: %1</translation>
    </message>
    <message>
        <source>Wrote the %1 plan %2 for %3:</source>
        <translation>Wrote the %1 plan %2 for %3:</translation>
    </message>
    <message>
        <source>--poll-interval takes seconds between 0 and 600.</source>
        <translation>--poll-interval takes seconds between 0 and 600.</translation>
    </message>
    <message>
        <source>This plan already ran to the end (journal %1). Write a new plan to restore again.</source>
        <translation>This plan already ran to the end (journal %1). Write a new plan to restore again.</translation>
    </message>
    <message>
        <source>This plan was started before and did not finish (journal %1). Add --resume to continue where it stopped.</source>
        <translation>This plan was started before and did not finish (journal %1). Add --resume to continue where it stopped.</translation>
    </message>
    <message>
        <source>==&gt; %1 (%2)</source>
        <translation>==&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>Dry run of the %1 plan for %2: nothing will be changed.</source>
        <translation>Dry run of the %1 plan for %2: nothing will be changed.</translation>
    </message>
    <message>
        <source>Could not write the report %1.</source>
        <translation>Could not write the report %1.</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Could not write the report %1: %2</translation>
    </message>
    <message>
        <source>Stopped before a destructive step. %1</source>
        <translation>Stopped before a destructive step. %1</translation>
    </message>
    <message>
        <source>The journal is %1; fix the cause and run again with --resume.</source>
        <translation>The journal is %1; fix the cause and run again with --resume.</translation>
    </message>
    <message>
        <source>write a recovery plan (--write-plan) or run one (--plan), resumable, with a dry run</source>
        <translation>write a recovery plan (--write-plan) or run one (--plan), resumable, with a dry run</translation>
    </message>
    <message>
        <source>Velero&apos;s provider where a cluster&apos;s old backup location cannot be read: azure or aws.</source>
        <translation>Velero&apos;s provider where a cluster&apos;s old backup location cannot be read: azure or aws.</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <source>Velero&apos;s bucket or container, idem.</source>
        <translation>Velero&apos;s bucket or container, idem.</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>BUCKET</translation>
    </message>
    <message>
        <source>Velero&apos;s backup location config, idem (storageAccount=...,storageAccountKeyEnvVar=... or region=...,s3Url=...).</source>
        <translation>Velero&apos;s backup location config, idem (storageAccount=...,storageAccountKeyEnvVar=... or region=...,s3Url=...).</translation>
    </message>
    <message>
        <source>KEY=VALUE,...</source>
        <translation>KEY=VALUE,...</translation>
    </message>
    <message>
        <source>A cluster&apos;s backup location prefix, idem (repeatable).</source>
        <translation>A cluster&apos;s backup location prefix, idem (repeatable).</translation>
    </message>
    <message>
        <source>CLUSTER=PREFIX</source>
        <translation>CLUSTER=PREFIX</translation>
    </message>
    <message>
        <source>The plugin image (default: the tag the compatibility table pairs with the velero CLI).</source>
        <translation>The plugin image (default: the tag the compatibility table pairs with the velero CLI).</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>Acknowledge that the live workload cluster NAME, which the plan does not recreate, is destroyed by Uninstall-AksHci (repeatable; needed besides --confirm).</source>
        <translation>Acknowledge that the live workload cluster NAME, which the plan does not recreate, is destroyed by Uninstall-AksHci (repeatable; needed besides --confirm).</translation>
    </message>
    <message>
        <source>Continue the plan&apos;s run from its journal (refused if the plan changed since).</source>
        <translation>Continue the plan&apos;s run from its journal (refused if the plan changed since).</translation>
    </message>
    <message>
        <source>JSON with the secrets a redacted snapshot lacks (proxyPassword, servicePrincipalSecret); &apos;-&apos; reads it from standard input. Never give secrets as arguments.</source>
        <translation>JSON with the secrets a redacted snapshot lacks (proxyPassword, servicePrincipalSecret); &apos;-&apos; reads it from standard input. Never give secrets as arguments.</translation>
    </message>
    <message>
        <source>--velero-config: %1</source>
        <translation>--velero-config: %1</translation>
    </message>
    <message>
        <source>--velero-prefix takes CLUSTER=PREFIX, not &apos;%1&apos;.</source>
        <translation>--velero-prefix takes CLUSTER=PREFIX, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>    velero: %1 bucket %2 prefix %3 config %4 plugin %5 credentials %6 (%7)</source>
        <translation>    velero: %1 bucket %2 prefix %3 config %4 plugin %5 credentials %6 (%7)</translation>
    </message>
    <message>
        <source>paired with the velero CLI</source>
        <translation>paired with the velero CLI</translation>
    </message>
    <message>
        <source>of the store</source>
        <translation>of the store</translation>
    </message>
    <message>
        <source>read from the old location</source>
        <translation>read from the old location</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>The plan cannot run until it is completed: %1</source>
        <translation>The plan cannot run until it is completed: %1</translation>
    </message>
    <message>
        <source>Run again with --resume --confirm %1%2 to go on.</source>
        <translation>Run again with --resume --confirm %1%2 to go on.</translation>
    </message>
    <message>
        <source>With --write-plan: let the cluster&apos;s backup be restored even when it is PartiallyFailed (some items were not backed up; refused otherwise). Repeatable.</source>
        <translation>With --write-plan: let the cluster&apos;s backup be restored even when it is PartiallyFailed (some items were not backed up; refused otherwise). Repeatable.</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>Acknowledge that the documented certificate repair the diagnosis offered was run and did not help, so Uninstall-AksHci may go on (recorded in the journal and the report).</source>
        <translation>Acknowledge that the documented certificate repair the diagnosis offered was run and did not help, so Uninstall-AksHci may go on (recorded in the journal and the report).</translation>
    </message>
    <message>
        <source>Accept the differences between the rebuilt deployment and its snapshot that the compare step listed under DIGEST, instead of repairing them (recorded in the journal and the report; a different list needs its own acceptance).</source>
        <translation>Accept the differences between the rebuilt deployment and its snapshot that the compare step listed under DIGEST, instead of repairing them (recorded in the journal and the report; a different list needs its own acceptance).</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>DIGEST</translation>
    </message>
    <message>
        <source>    a PartiallyFailed backup may be restored (explicit override)</source>
        <translation>    a PartiallyFailed backup may be restored (explicit override)</translation>
    </message>
    <message>
        <source>Repair first: `aks-recovery health` lists the repairs, `aks-recovery health --repair ID --confirm NAME` runs one. If it did not help, run again with --resume --repair-did-not-help --confirm %1.</source>
        <translation>Repair first: `aks-recovery health` lists the repairs, `aks-recovery health --repair ID --confirm NAME` runs one. If it did not help, run again with --resume --repair-did-not-help --confirm %1.</translation>
    </message>
    <message>
        <source>Repair these and run again with --resume, or accept exactly these differences: run again with --resume --accept-drift %1.</source>
        <translation>Repair these and run again with --resume, or accept exactly these differences: run again with --resume --accept-drift %1.</translation>
    </message>
</context>
<context>
    <name>RestoreEngine</name>
    <message>
        <source>[%1] already done, not run again: %2</source>
        <translation>[%1] already done, not run again: %2</translation>
    </message>
    <message>
        <source>Cancelled before &apos;%1&apos;.</source>
        <translation>Cancelled before &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>    DESTRUCTIVE: %1</source>
        <translation>    DESTRUCTIVE: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Completed with warnings.</source>
        <translation>Completed with warnings.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Completed.</translation>
    </message>
    <message>
        <source>Found already done by an earlier, interrupted run; not run again.</source>
        <translation>Found already done by an earlier, interrupted run; not run again.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is destructive: %2 Type the name &apos;%3&apos; to go on (command line: --confirm %3).</source>
        <translation>&apos;%1&apos; is destructive: %2 Type the name &apos;%3&apos; to go on (command line: --confirm %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; failed: %2</translation>
    </message>
    <message>
        <source>Confirmed by typing &apos;%1&apos;: %2</source>
        <translation>Confirmed by typing &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Acknowledged that %1 is destroyed and not recreated.</source>
        <translation>Acknowledged that %1 is destroyed and not recreated.</translation>
    </message>
    <message>
        <source>Also acknowledge each cluster that is lost (command line: %1).</source>
        <translation>Also acknowledge each cluster that is lost (command line: %1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not run: its start could not be written to the journal. %2</source>
        <translation>&apos;%1&apos; was not run: its start could not be written to the journal. %2</translation>
    </message>
    <message>
        <source>Finished every step up to &apos;%1&apos;; the steps after it were not run in this part of the recovery.</source>
        <translation>Finished every step up to &apos;%1&apos;; the steps after it were not run in this part of the recovery.</translation>
    </message>
    <message>
        <source>Dry run: the recovery would stop at &apos;%1&apos;: %2</source>
        <translation>Dry run: the recovery would stop at &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is destructive, and the diagnosis found what expired certificates or tokens cause: %2 Run the documented repair first: %3. Go on only if it did not help (command line: --repair-did-not-help).</source>
        <translation>&apos;%1&apos; is destructive, and the diagnosis found what expired certificates or tokens cause: %2 Run the documented repair first: %3. Go on only if it did not help (command line: --repair-did-not-help).</translation>
    </message>
    <message>
        <source>Acknowledged that the documented repair (%1) did not help; the diagnosis had found: %2</source>
        <translation>Acknowledged that the documented repair (%1) did not help; the diagnosis had found: %2</translation>
    </message>
    <message>
        <source>Step started: %1</source>
        <translation>Step started: %1</translation>
    </message>
    <message>
        <source>Step cancelled: %1: %2</source>
        <translation>Step cancelled: %1: %2</translation>
    </message>
    <message>
        <source>Step failed: %1: %2</source>
        <translation>Step failed: %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was cancelled while it ran.</source>
        <translation>&apos;%1&apos; was cancelled while it ran.</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>Step done: %1</translation>
    </message>
</context>
<context>
    <name>RestoreJournal</name>
    <message>
        <source>Could not create the journal folder for %1.</source>
        <translation>Could not create the journal folder for %1.</translation>
    </message>
    <message>
        <source>Could not write the restore journal %1: %2</source>
        <translation>Could not write the restore journal %1: %2</translation>
    </message>
    <message>
        <source>Could not open the restore journal %1: %2</source>
        <translation>Could not open the restore journal %1: %2</translation>
    </message>
    <message>
        <source>The restore journal %1 is too large.</source>
        <translation>The restore journal %1 is too large.</translation>
    </message>
    <message>
        <source>The restore journal %1 is damaged; delete it to start the recovery afresh.</source>
        <translation>The restore journal %1 is damaged; delete it to start the recovery afresh.</translation>
    </message>
    <message>
        <source>The restore journal %1 holds a bad plan: %2</source>
        <translation>The restore journal %1 holds a bad plan: %2</translation>
    </message>
    <message>
        <source>The journal %1 was written by an older version that did not record which plan it runs, so it cannot prove the plan is unchanged. It is not resumed: check the deployment, then delete the journal and start the recovery with a new plan.</source>
        <translation>The journal %1 was written by an older version that did not record which plan it runs, so it cannot prove the plan is unchanged. It is not resumed: check the deployment, then delete the journal and start the recovery with a new plan.</translation>
    </message>
    <message>
        <source>The plan kept in the journal %1 no longer matches the digest recorded when the recovery began: the journal was edited. It is not resumed.</source>
        <translation>The plan kept in the journal %1 no longer matches the digest recorded when the recovery began: the journal was edited. It is not resumed.</translation>
    </message>
    <message>
        <source>The plan differs from the one this recovery began with (journal %1): %2. A started recovery only goes on with its own plan; to restore differently, write a new plan.</source>
        <translation>The plan differs from the one this recovery began with (journal %1): %2. A started recovery only goes on with its own plan; to restore differently, write a new plan.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Waiting for a typed name</source>
        <translation>Waiting for a typed name</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>Did not finish</translation>
    </message>
</context>
<context>
    <name>RestorePlan</name>
    <message>
        <source>This is not a restore plan (the &quot;format&quot; field is not &quot;%1&quot;).</source>
        <translation>This is not a restore plan (the &quot;format&quot; field is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The restore plan&apos;s version is missing or newer than this app understands (%1).</source>
        <translation>The restore plan&apos;s version is missing or newer than this app understands (%1).</translation>
    </message>
    <message>
        <source>The restore plan&apos;s scenario must be &quot;new-site&quot; or &quot;corruption&quot;.</source>
        <translation>The restore plan&apos;s scenario must be &quot;new-site&quot; or &quot;corruption&quot;.</translation>
    </message>
    <message>
        <source>The restore plan has no &quot;clusters&quot; list.</source>
        <translation>The restore plan has no &quot;clusters&quot; list.</translation>
    </message>
    <message>
        <source>Every entry of &quot;clusters&quot; must be an object.</source>
        <translation>Every entry of &quot;clusters&quot; must be an object.</translation>
    </message>
    <message>
        <source>The restore plan cannot be used: %1</source>
        <translation>The restore plan cannot be used: %1</translation>
    </message>
    <message>
        <source>Could not open the restore plan %1: %2</source>
        <translation>Could not open the restore plan %1: %2</translation>
    </message>
    <message>
        <source>The restore plan %1 is too large to be a plan.</source>
        <translation>The restore plan %1 is too large to be a plan.</translation>
    </message>
    <message>
        <source>The restore plan %1 is not valid JSON.</source>
        <translation>The restore plan %1 is not valid JSON.</translation>
    </message>
    <message>
        <source>Could not write the restore plan %1: %2</source>
        <translation>Could not write the restore plan %1: %2</translation>
    </message>
    <message>
        <source>The plan has no valid &quot;id&quot;.</source>
        <translation>The plan has no valid &quot;id&quot;.</translation>
    </message>
    <message>
        <source>The plan names no deployment.</source>
        <translation>The plan names no deployment.</translation>
    </message>
    <message>
        <source>The corruption scenario needs the configuration snapshot to rebuild from (&quot;snapshot&quot;).</source>
        <translation>The corruption scenario needs the configuration snapshot to rebuild from (&quot;snapshot&quot;).</translation>
    </message>
    <message>
        <source>The plan names no backup storage (&quot;store&quot;).</source>
        <translation>The plan names no backup storage (&quot;store&quot;).</translation>
    </message>
    <message>
        <source>The plan restores no cluster.</source>
        <translation>The plan restores no cluster.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid cluster name (lowercase letters, digits and &apos;-&apos;, 3-32 characters, starting with a letter).</source>
        <translation>&apos;%1&apos; is not a valid cluster name (lowercase letters, digits and &apos;-&apos;, 3-32 characters, starting with a letter).</translation>
    </message>
    <message>
        <source>The cluster &apos;%1&apos; is listed twice.</source>
        <translation>The cluster &apos;%1&apos; is listed twice.</translation>
    </message>
    <message>
        <source>No backup is chosen for the cluster &apos;%1&apos;.</source>
        <translation>No backup is chosen for the cluster &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The cluster &apos;%1&apos; has no restore name.</source>
        <translation>The cluster &apos;%1&apos; has no restore name.</translation>
    </message>
    <message>
        <source>The existing-resource policy of &apos;%1&apos; must be &quot;none&quot; or &quot;update&quot;.</source>
        <translation>The existing-resource policy of &apos;%1&apos; must be &quot;none&quot; or &quot;update&quot;.</translation>
    </message>
    <message>
        <source>%1 added (&quot;%2&quot;)</source>
        <translation>%1 added (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 removed (was &quot;%2&quot;)</source>
        <translation>%1 removed (was &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 changed from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>%1 changed from &quot;%2&quot; to &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a container image reference for Velero&apos;s plugin (registry/path:tag or @sha256:digest).</source>
        <translation>&apos;%1&apos; is not a container image reference for Velero&apos;s plugin (registry/path:tag or @sha256:digest).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid bucket or blob container name (3-63 lowercase letters, digits, &apos;.&apos; and &apos;-&apos;).</source>
        <translation>&apos;%1&apos; is not a valid bucket or blob container name (3-63 lowercase letters, digits, &apos;.&apos; and &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The backup location setting &apos;%1&apos; cannot be passed to Velero (no &apos;,&apos;, &apos;=&apos;, blanks or leading &apos;-&apos;).</source>
        <translation>The backup location setting &apos;%1&apos; cannot be passed to Velero (no &apos;,&apos;, &apos;=&apos;, blanks or leading &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The subscription id &apos;%1&apos; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>The subscription id &apos;%1&apos; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</translation>
    </message>
    <message>
        <source>The storage prefix &apos;%1&apos; of &apos;%2&apos; is not a valid prefix.</source>
        <translation>The storage prefix &apos;%1&apos; of &apos;%2&apos; is not a valid prefix.</translation>
    </message>
    <message>
        <source>backup name</source>
        <translation>backup name</translation>
    </message>
    <message>
        <source>restore name</source>
        <translation>restore name</translation>
    </message>
    <message>
        <source>included namespace</source>
        <translation>included namespace</translation>
    </message>
    <message>
        <source>excluded namespace</source>
        <translation>excluded namespace</translation>
    </message>
    <message>
        <source>included resource</source>
        <translation>included resource</translation>
    </message>
    <message>
        <source>excluded resource</source>
        <translation>excluded resource</translation>
    </message>
    <message>
        <source>mapped namespace</source>
        <translation>mapped namespace</translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos;: %2</source>
        <translation>Cluster &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cluster %1 removed</source>
        <translation>cluster %1 removed</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>cluster %1 added (backup %2)</source>
        <translation>cluster %1 added (backup %2)</translation>
    </message>
</context>
<context>
    <name>RestorePlanBuilder</name>
    <message>
        <source>%1: skipped backup %2 (%3).</source>
        <translation>%1: skipped backup %2 (%3).</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>phase %1</translation>
    </message>
    <message>
        <source>no tarball</source>
        <translation>no tarball</translation>
    </message>
    <message>
        <source>%1: backup %2 fails verify: %3</source>
        <translation>%1: backup %2 fails verify: %3</translation>
    </message>
    <message>
        <source>No backup in %1 is Completed and passes verify; nothing can be restored from it.</source>
        <translation>No backup in %1 is Completed and passes verify; nothing can be restored from it.</translation>
    </message>
    <message>
        <source>Name the backup storage the clusters&apos; backups are in (--store: a folder, azure://ACCOUNT/CONTAINER or s3://BUCKET).</source>
        <translation>Name the backup storage the clusters&apos; backups are in (--store: a folder, azure://ACCOUNT/CONTAINER or s3://BUCKET).</translation>
    </message>
    <message>
        <source>The corruption scenario rebuilds from a configuration snapshot: give one (--snapshot DIR).</source>
        <translation>The corruption scenario rebuilds from a configuration snapshot: give one (--snapshot DIR).</translation>
    </message>
    <message>
        <source>Capturing the deployment&apos;s configuration as the snapshot to rebuild from...</source>
        <translation>Capturing the deployment&apos;s configuration as the snapshot to rebuild from...</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Could not create %1.</translation>
    </message>
    <message>
        <source>Captured the configuration snapshot %1.</source>
        <translation>Captured the configuration snapshot %1.</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be used: %2</source>
        <translation>The snapshot %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Choosing the newest backup of %1 that passes verify...</source>
        <translation>Choosing the newest backup of %1 that passes verify...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Velero&apos;s settings read from its backup location (provider %2, bucket %3, prefix %4).</source>
        <translation>%1: Velero&apos;s settings read from its backup location (provider %2, bucket %3, prefix %4).</translation>
    </message>
    <message>
        <source>%1: the old backup location could not be read; Velero&apos;s settings are the ones given. Check them on the plan page or in the plan file.</source>
        <translation>%1: the old backup location could not be read; Velero&apos;s settings are the ones given. Check them on the plan page or in the plan file.</translation>
    </message>
</context>
<context>
    <name>RestorePrerequisites</name>
    <message>
        <source>Configuration snapshot</source>
        <translation>Configuration snapshot</translation>
    </message>
    <message>
        <source>%1 describes every cluster to recreate.</source>
        <translation>%1 describes every cluster to recreate.</translation>
    </message>
    <message>
        <source>Pick the snapshot exported before the corruption (Snapshots page) in the plan.</source>
        <translation>Pick the snapshot exported before the corruption (Snapshots page) in the plan.</translation>
    </message>
    <message>
        <source>Standby cluster %1</source>
        <translation>Standby cluster %1</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>exists</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>Create an empty workload cluster %1 with the lost cluster&apos;s shape (New-AksHciCluster), or use the corruption scenario.</source>
        <translation>Create an empty workload cluster %1 with the lost cluster&apos;s shape (New-AksHciCluster), or use the corruption scenario.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>only system namespaces</source>
        <translation>only system namespaces</translation>
    </message>
    <message>
        <source>holds namespaces %1; restoring into it needs the cluster&apos;s name typed</source>
        <translation>holds namespaces %1; restoring into it needs the cluster&apos;s name typed</translation>
    </message>
    <message>
        <source>Restore into an empty cluster, or confirm by typing %1 when asked.</source>
        <translation>Restore into an empty cluster, or confirm by typing %1 when asked.</translation>
    </message>
    <message>
        <source>Velero on %1</source>
        <translation>Velero on %1</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installed</translation>
    </message>
    <message>
        <source>not installed; will be installed</source>
        <translation>not installed; will be installed</translation>
    </message>
    <message>
        <source>Install Velero pointing at the backup storage, or give the plan Velero&apos;s bucket and plugin.</source>
        <translation>Install Velero pointing at the backup storage, or give the plan Velero&apos;s bucket and plugin.</translation>
    </message>
    <message>
        <source>Backup location on %1</source>
        <translation>Backup location on %1</translation>
    </message>
    <message>
        <source>ReadOnly: a file-system (restic/kopia) volume restore from a ReadOnly location can fail with &quot;cannot create new backup repo&quot; (velero issue 9626).</source>
        <translation>ReadOnly: a file-system (restic/kopia) volume restore from a ReadOnly location can fail with &quot;cannot create new backup repo&quot; (velero issue 9626).</translation>
    </message>
    <message>
        <source>Switch the location to ReadWrite for the restore if volumes must come back.</source>
        <translation>Switch the location to ReadWrite for the restore if volumes must come back.</translation>
    </message>
    <message>
        <source>Backup storage of %1</source>
        <translation>Backup storage of %1</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>reachable: %1</translation>
    </message>
    <message>
        <source>Check the storage address and its credentials (keychain or credentials file).</source>
        <translation>Check the storage address and its credentials (keychain or credentials file).</translation>
    </message>
    <message>
        <source>phase %1, not Completed</source>
        <translation>phase %1, not Completed</translation>
    </message>
    <message>
        <source>fails verify: %1</source>
        <translation>fails verify: %1</translation>
    </message>
    <message>
        <source>no completion time recorded</source>
        <translation>no completion time recorded</translation>
    </message>
    <message>
        <source>%1 hours old, outside the RPO of %2 hours</source>
        <translation>%1 hours old, outside the RPO of %2 hours</translation>
    </message>
    <message>
        <source>Completed %1 hours ago, verified</source>
        <translation>Completed %1 hours ago, verified</translation>
    </message>
    <message>
        <source>Backup %1 of %2</source>
        <translation>Backup %1 of %2</translation>
    </message>
    <message>
        <source>Velero versions for %1</source>
        <translation>Velero versions for %1</translation>
    </message>
    <message>
        <source>Use a velero CLI (and server) of the release that made the backup or newer, client and server of the same major.minor.</source>
        <translation>Use a velero CLI (and server) of the release that made the backup or newer, client and server of the same major.minor.</translation>
    </message>
    <message>
        <source>PartiallyFailed %1 hours ago, verified; restored by the plan&apos;s explicit override</source>
        <translation>PartiallyFailed %1 hours ago, verified; restored by the plan&apos;s explicit override</translation>
    </message>
    <message>
        <source>This is already the newest Completed backup of %1: no newer one to pick. Take a new backup of %1 if it still runs, or go on with this one (the report says it is outside the RPO).</source>
        <translation>This is already the newest Completed backup of %1: no newer one to pick. Take a new backup of %1 if it still runs, or go on with this one (the report says it is outside the RPO).</translation>
    </message>
    <message>
        <source>No Completed backup of %1 is newer than this one. Take a new backup of %1 if it still runs, or pick an older backup in the plan (look inside it first).</source>
        <translation>No Completed backup of %1 is newer than this one. Take a new backup of %1 if it still runs, or pick an older backup in the plan (look inside it first).</translation>
    </message>
    <message>
        <source>Pick the newer backup %2 of %1 in the plan (look inside it first).</source>
        <translation>Pick the newer backup %2 of %1 in the plan (look inside it first).</translation>
    </message>
</context>
<context>
    <name>RestoreReportHtml</name>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Recovery report: %1</source>
        <translation>Recovery report: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Restore on new hardware or a new site</source>
        <translation>Restore on new hardware or a new site</translation>
    </message>
    <message>
        <source>Recover from management cluster corruption</source>
        <translation>Recover from management cluster corruption</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>Backup storage</translation>
    </message>
    <message>
        <source>Configuration snapshot</source>
        <translation>Configuration snapshot</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Report written</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>namespaces %1</source>
        <translation>namespaces %1</translation>
    </message>
    <message>
        <source>without namespaces %1</source>
        <translation>without namespaces %1</translation>
    </message>
    <message numerus="yes">
        <source>%n namespace mapping(s)</source>
        <translation>
            <numerusform>%n namespace mapping</numerusform>
            <numerusform>%n namespace mappings</numerusform>
        </translation>
    </message>
    <message>
        <source>volumes restored</source>
        <translation>volumes restored</translation>
    </message>
    <message>
        <source>volumes not restored</source>
        <translation>volumes not restored</translation>
    </message>
    <message>
        <source>existing resources: %1</source>
        <translation>existing resources: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Started %1, finished %2, took %3, attempts %4.</source>
        <translation>Started %1, finished %2, took %3, attempts %4.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Plan digest (sha256)</source>
        <translation>Plan digest (sha256)</translation>
    </message>
    <message>
        <source>Confirmed by the administrator:</source>
        <translation>Confirmed by the administrator:</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>verification %1: %2</source>
        <translation>verification %1: %2</translation>
    </message>
    <message>
        <source>verified: velero-backup.json Completed, tarball complete, resource list matching, every artifact readable</source>
        <translation>verified: velero-backup.json Completed, tarball complete, resource list matching, every artifact readable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recovery point objective</source>
        <translation>Recovery point objective</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s); every backup verified within it</source>
        <translation>
            <numerusform>%n hour(s); every backup verified within it</numerusform>
            <numerusform>%n hour(s); every backup verified within it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s); restored from a backup outside it or of unknown age: %1</source>
        <translation>
            <numerusform>%n hour(s); restored from a backup outside it or of unknown age: %1</numerusform>
            <numerusform>%n hour(s); restored from a backup outside it or of unknown age: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Could not write the report %1: %2</translation>
    </message>
</context>
<context>
    <name>RestoreReportWriter</name>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Could not write the report %1: %2</translation>
    </message>
    <message>
        <source>Recovery report: %1</source>
        <translation>Recovery report: %1</translation>
    </message>
    <message>
        <source>The PDF report came out empty.</source>
        <translation>The PDF report came out empty.</translation>
    </message>
</context>
<context>
    <name>RestoreStepsBuilder</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Verify backup %1 of %2</source>
        <translation>Verify backup %1 of %2</translation>
    </message>
    <message>
        <source>(read the backup store) verify backups/%1</source>
        <translation>(read the backup store) verify backups/%1</translation>
    </message>
    <message>
        <source>Install Velero on %1</source>
        <translation>Install Velero on %1</translation>
    </message>
    <message>
        <source>Installs Velero where it is missing, pointing at the same backup storage with the same credentials.</source>
        <translation>Installs Velero where it is missing, pointing at the same backup storage with the same credentials.</translation>
    </message>
    <message>
        <source>Velero is already installed on %1.</source>
        <translation>Velero is already installed on %1.</translation>
    </message>
    <message>
        <source>Velero is still not installed on %1 after the install.</source>
        <translation>Velero is still not installed on %1 after the install.</translation>
    </message>
    <message>
        <source>Wait for the backup location and backup %1 on %2</source>
        <translation>Wait for the backup location and backup %1 on %2</translation>
    </message>
    <message>
        <source>Waits until the backup storage location is Available and the backup has synced into the new Velero install.</source>
        <translation>Waits until the backup storage location is Available and the backup has synced into the new Velero install.</translation>
    </message>
    <message>
        <source>The backup location %1 on %2 is ReadOnly. That protects the backups, but a file-system (restic/kopia) volume restore from a ReadOnly location can fail with &quot;cannot create new backup repo&quot; (velero issue 9626). If volumes fail to restore, switch the location to ReadWrite for the restore.</source>
        <translation>The backup location %1 on %2 is ReadOnly. That protects the backups, but a file-system (restic/kopia) volume restore from a ReadOnly location can fail with &quot;cannot create new backup repo&quot; (velero issue 9626). If volumes fail to restore, switch the location to ReadWrite for the restore.</translation>
    </message>
    <message>
        <source>location %1: %2, backup %3: %4</source>
        <translation>location %1: %2, backup %3: %4</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <source>The backup location on %1 did not become Available with backup %2 synced within %3 s (%4). Check the storage credentials and `velero backup-location get`.</source>
        <translation>The backup location on %1 did not become Available with backup %2 synced within %3 s (%4). Check the storage credentials and `velero backup-location get`.</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>Restore %1 from %2</translation>
    </message>
    <message>
        <source>Creates the Velero restore %1 from backup %2.</source>
        <translation>Creates the Velero restore %1 from backup %2.</translation>
    </message>
    <message>
        <source>existing resources in %1 are overwritten with the backup&apos;s (--existing-resource-policy update)</source>
        <translation>existing resources in %1 are overwritten with the backup&apos;s (--existing-resource-policy update)</translation>
    </message>
    <message>
        <source>if %1 is not empty, its resources are mixed with the backup&apos;s</source>
        <translation>if %1 is not empty, its resources are mixed with the backup&apos;s</translation>
    </message>
    <message>
        <source>The cluster %1 is not empty (namespaces %2); the restore mixes the backup&apos;s resources into them.</source>
        <translation>The cluster %1 is not empty (namespaces %2); the restore mixes the backup&apos;s resources into them.</translation>
    </message>
    <message>
        <source>Existing resources in %1 are overwritten with the backup&apos;s (existing-resource policy: update).</source>
        <translation>Existing resources in %1 are overwritten with the backup&apos;s (existing-resource policy: update).</translation>
    </message>
    <message>
        <source>The restore %1 already exists; not created again.</source>
        <translation>The restore %1 already exists; not created again.</translation>
    </message>
    <message>
        <source>Wait for restore %1</source>
        <translation>Wait for restore %1</translation>
    </message>
    <message>
        <source>Follows the restore until it ends; a PartiallyFailed restore is reported with its warnings and errors.</source>
        <translation>Follows the restore until it ends; a PartiallyFailed restore is reported with its warnings and errors.</translation>
    </message>
    <message>
        <source>%1: %2, %3/%4 items restored, %5 warnings, %6 errors</source>
        <translation>%1: %2, %3/%4 items restored, %5 warnings, %6 errors</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>The restore %1 ended PartiallyFailed with %2 warnings and %3 errors; see them above and in `velero restore describe %1 --details`.</source>
        <translation>The restore %1 ended PartiallyFailed with %2 warnings and %3 errors; see them above and in `velero restore describe %1 --details`.</translation>
    </message>
    <message>
        <source>The restore %1 ended %2%3. See `velero restore logs %1`.</source>
        <translation>The restore %1 ended %2%3. See `velero restore logs %1`.</translation>
    </message>
    <message>
        <source>The restore %1 did not finish in time (%2).</source>
        <translation>The restore %1 did not finish in time (%2).</translation>
    </message>
    <message>
        <source>Verify %1 against backup %2</source>
        <translation>Verify %1 against backup %2</translation>
    </message>
    <message>
        <source>Compares the namespaces present in the cluster with the backup&apos;s contents.</source>
        <translation>Compares the namespaces present in the cluster with the backup&apos;s contents.</translation>
    </message>
    <message>
        <source>After the restore, %1 lacks namespaces the backup holds: %2. See the restore&apos;s warnings and `velero restore logs %3`.</source>
        <translation>After the restore, %1 lacks namespaces the backup holds: %2. See the restore&apos;s warnings and `velero restore logs %3`.</translation>
    </message>
    <message>
        <source>All %1 namespaces of the backup are present in %2: %3</source>
        <translation>All %1 namespaces of the backup are present in %2: %3</translation>
    </message>
    <message>
        <source>Check the standby cluster %1</source>
        <translation>Check the standby cluster %1</translation>
    </message>
    <message>
        <source>The empty workload cluster prepared as a cold standby must exist.</source>
        <translation>The empty workload cluster prepared as a cold standby must exist.</translation>
    </message>
    <message>
        <source>The standby cluster %1 does not exist. Create it (New-AksHciCluster) with the shape of the lost one, or use the corruption scenario.</source>
        <translation>The standby cluster %1 does not exist. Create it (New-AksHciCluster) with the shape of the lost one, or use the corruption scenario.</translation>
    </message>
    <message>
        <source>The standby cluster %1 exists.</source>
        <translation>The standby cluster %1 exists.</translation>
    </message>
    <message>
        <source>Uninstall AKS hybrid (%1)</source>
        <translation>Uninstall AKS hybrid (%1)</translation>
    </message>
    <message>
        <source>Removes the corrupted management cluster and every workload cluster.</source>
        <translation>Removes the corrupted management cluster and every workload cluster.</translation>
    </message>
    <message>
        <source>the management cluster of %1 and every workload cluster in it</source>
        <translation>the management cluster of %1 and every workload cluster in it</translation>
    </message>
    <message>
        <source>AKS hybrid is not installed; nothing to uninstall.</source>
        <translation>AKS hybrid is not installed; nothing to uninstall.</translation>
    </message>
    <message>
        <source>Reinstall the management cluster from the snapshot</source>
        <translation>Reinstall the management cluster from the snapshot</translation>
    </message>
    <message>
        <source>Sets the saved configuration (Set-AksHciConfig) and installs the management cluster (Install-AksHci).</source>
        <translation>Sets the saved configuration (Set-AksHciConfig) and installs the management cluster (Install-AksHci).</translation>
    </message>
    <message>
        <source>Install-AksHci ended but no management cluster is reported installed.</source>
        <translation>Install-AksHci ended but no management cluster is reported installed.</translation>
    </message>
    <message>
        <source>Recreate workload cluster %1</source>
        <translation>Recreate workload cluster %1</translation>
    </message>
    <message>
        <source>Creates the cluster and its node pools with the snapshot&apos;s shape.</source>
        <translation>Creates the cluster and its node pools with the snapshot&apos;s shape.</translation>
    </message>
    <message>
        <source>New-AksHciCluster ended but %1 is not listed.</source>
        <translation>New-AksHciCluster ended but %1 is not listed.</translation>
    </message>
    <message>
        <source>Compare the rebuilt deployment with the snapshot</source>
        <translation>Compare the rebuilt deployment with the snapshot</translation>
    </message>
    <message>
        <source>The rebuilt configuration and clusters must equal the snapshot before anything is restored.</source>
        <translation>The rebuilt configuration and clusters must equal the snapshot before anything is restored.</translation>
    </message>
    <message>
        <source>The rebuilt deployment equals the snapshot.</source>
        <translation>The rebuilt deployment equals the snapshot.</translation>
    </message>
    <message>
        <source>Cluster %1 was created but its node pools %2 are missing.</source>
        <translation>Cluster %1 was created but its node pools %2 are missing.</translation>
    </message>
    <message>
        <source>The backup %1 is past its expiry (or reaches it within a day), and its file-system volume data needs a ReadWrite location, where Velero&apos;s garbage collector would delete it during the restore. Restore %2 without volumes (ReadOnly location), or raise the backup&apos;s expiration in the store first.</source>
        <translation>The backup %1 is past its expiry (or reaches it within a day), and its file-system volume data needs a ReadWrite location, where Velero&apos;s garbage collector would delete it during the restore. Restore %2 without volumes (ReadOnly location), or raise the backup&apos;s expiration in the store first.</translation>
    </message>
    <message>
        <source>The backups %1 of %2 are past their expiry (or reach it within a day); the ReadWrite location a volume restore needs would let Velero delete them from the store. Copy them aside or raise their expiration, or restore %2 without volumes (ReadOnly location).</source>
        <translation>The backups %1 of %2 are past their expiry (or reach it within a day); the ReadWrite location a volume restore needs would let Velero delete them from the store. Copy them aside or raise their expiration, or restore %2 without volumes (ReadOnly location).</translation>
    </message>
    <message>
        <source>Prove the snapshot can be rebuilt in full</source>
        <translation>Prove the snapshot can be rebuilt in full</translation>
    </message>
    <message>
        <source>Every setting maps to a documented parameter or is derived, every secret is at hand and the registration is known; otherwise nothing is removed.</source>
        <translation>Every setting maps to a documented parameter or is derived, every secret is at hand and the registration is known; otherwise nothing is removed.</translation>
    </message>
    <message>
        <source>Every setting of the snapshot will be replayed.</source>
        <translation>Every setting of the snapshot will be replayed.</translation>
    </message>
    <message>
        <source>Get-AksHciConfig reports no deployment name, so the deployment Uninstall-AksHci would remove cannot be matched with the plan&apos;s %1. Nothing was uninstalled.</source>
        <translation>Get-AksHciConfig reports no deployment name, so the deployment Uninstall-AksHci would remove cannot be matched with the plan&apos;s %1. Nothing was uninstalled.</translation>
    </message>
    <message>
        <source>The plan is for the deployment %1, but the AKS hybrid installed here is %2: Uninstall-AksHci would remove %2. Refused; nothing was uninstalled. Use a plan written for %2.</source>
        <translation>The plan is for the deployment %1, but the AKS hybrid installed here is %2: Uninstall-AksHci would remove %2. Refused; nothing was uninstalled. Use a plan written for %2.</translation>
    </message>
    <message>
        <source>Uninstall-AksHci removes the management cluster of %1; it has no workload cluster.</source>
        <translation>Uninstall-AksHci removes the management cluster of %1; it has no workload cluster.</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall-AksHci removes the management cluster of %1 and these %n workload cluster(s), with all they run: %2.</source>
        <translation>
            <numerusform>Uninstall-AksHci removes the management cluster of %1 and these %n workload cluster(s), with all they run: %2.</numerusform>
            <numerusform>Uninstall-AksHci removes the management cluster of %1 and these %n workload cluster(s), with all they run: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan does NOT recreate %1: they are lost for good, and each needs its own acknowledgement.</source>
        <translation>The plan does NOT recreate %1: they are lost for good, and each needs its own acknowledgement.</translation>
    </message>
    <message>
        <source>Diagnose the deployment before anything is removed</source>
        <translation>Diagnose the deployment before anything is removed</translation>
    </message>
    <message>
        <source>Expired certificates or tokens make a healthy management cluster look lost; one documented repair brings it back. Nothing is removed while the diagnosis points there.</source>
        <translation>Expired certificates or tokens make a healthy management cluster look lost; one documented repair brings it back. Nothing is removed while the diagnosis points there.</translation>
    </message>
    <message>
        <source>No diagnosis: %1</source>
        <translation>No diagnosis: %1</translation>
    </message>
    <message>
        <source>The symptoms fit expired certificates or tokens. Run the documented repair first (%1); the uninstall will not run until the repair was tried and did not help.</source>
        <translation>The symptoms fit expired certificates or tokens. Run the documented repair first (%1); the uninstall will not run until the repair was tried and did not help.</translation>
    </message>
    <message>
        <source>No expired certificate or token found.</source>
        <translation>No expired certificate or token found.</translation>
    </message>
    <message>
        <source>Reads the backup from the storage and checks every artifact, the tarball, the resource list and that its phase is Completed (or PartiallyFailed, when the plan explicitly allows it).</source>
        <translation>Reads the backup from the storage and checks every artifact, the tarball, the resource list and that its phase is Completed (or PartiallyFailed, when the plan explicitly allows it).</translation>
    </message>
    <message>
        <source>The backup %1 of %2 is PartiallyFailed: some of its items were not backed up. It is not restored unless the plan allows it (plan page: &quot;Restore a PartiallyFailed backup&quot;, or --velero-allow-partially-failed). Pick another backup, or allow it after looking inside it.</source>
        <translation>The backup %1 of %2 is PartiallyFailed: some of its items were not backed up. It is not restored unless the plan allows it (plan page: &quot;Restore a PartiallyFailed backup&quot;, or --velero-allow-partially-failed). Pick another backup, or allow it after looking inside it.</translation>
    </message>
    <message>
        <source>The backup %1 is PartiallyFailed; it is restored because the plan explicitly allows it. Items that failed during the backup are not in it.</source>
        <translation>The backup %1 is PartiallyFailed; it is restored because the plan explicitly allows it. Items that failed during the backup are not in it.</translation>
    </message>
    <message>
        <source>PartiallyFailed backup %1 of %2 restored by the plan&apos;s explicit override (allowPartiallyFailed).</source>
        <translation>PartiallyFailed backup %1 of %2 restored by the plan&apos;s explicit override (allowPartiallyFailed).</translation>
    </message>
    <message>
        <source>The backup %1 of %2 failed verification and will not be restored: %3</source>
        <translation>The backup %1 of %2 failed verification and will not be restored: %3</translation>
    </message>
    <message>
        <source>Backup %1 verified: velero-backup.json readable and Completed, the tarball complete and readable as Velero reads it, the resource list matching the tarball, every other artifact readable.</source>
        <translation>Backup %1 verified: velero-backup.json readable and Completed, the tarball complete and readable as Velero reads it, the resource list matching the tarball, every other artifact readable.</translation>
    </message>
    <message>
        <source>The age of backup %1 could not be read, so whether it is within the RPO is unknown: %2</source>
        <translation>The age of backup %1 could not be read, so whether it is within the RPO is unknown: %2</translation>
    </message>
    <message>
        <source>Backup %1 of %2 has no completion time: whether it is within the RPO of %3 hours is unknown.</source>
        <translation>Backup %1 of %2 has no completion time: whether it is within the RPO of %3 hours is unknown.</translation>
    </message>
    <message>
        <source>%2 is restored from a backup outside the RPO: %1 completed %3 hours ago, the RPO is %4 hours. Changes made after it are lost.</source>
        <translation>%2 is restored from a backup outside the RPO: %1 completed %3 hours ago, the RPO is %4 hours. Changes made after it are lost.</translation>
    </message>
    <message>
        <source>Backup %1 completed %2 hours ago, within the RPO of %3 hours.</source>
        <translation>Backup %1 completed %2 hours ago, within the RPO of %3 hours.</translation>
    </message>
    <message>
        <source>Check that Velero&apos;s versions can restore %1 on %2</source>
        <translation>Check that Velero&apos;s versions can restore %1 on %2</translation>
    </message>
    <message>
        <source>Compares the velero CLI, the Velero server already running on the cluster (if any) and the release the backup&apos;s metadata shows it was made with.</source>
        <translation>Compares the velero CLI, the Velero server already running on the cluster (if any) and the release the backup&apos;s metadata shows it was made with.</translation>
    </message>
    <message>
        <source>(read the backup store) backups/%1/velero-backup.json</source>
        <translation>(read the backup store) backups/%1/velero-backup.json</translation>
    </message>
    <message>
        <source>Keep Velero on the Linux nodes of %1</source>
        <translation>Keep Velero on the Linux nodes of %1</translation>
    </message>
    <message>
        <source>When the cluster has Windows nodes, Velero&apos;s Deployment and node agent DaemonSet get the node selector kubernetes.io/os=linux, so no Velero pod waits forever on a Windows node.</source>
        <translation>When the cluster has Windows nodes, Velero&apos;s Deployment and node agent DaemonSet get the node selector kubernetes.io/os=linux, so no Velero pod waits forever on a Windows node.</translation>
    </message>
    <message>
        <source>%1 has no Windows nodes; Velero needs no node selector.</source>
        <translation>%1 has no Windows nodes; Velero needs no node selector.</translation>
    </message>
    <message>
        <source>%1 has Windows nodes (%2): Velero is pinned to the Linux nodes.</source>
        <translation>%1 has Windows nodes (%2): Velero is pinned to the Linux nodes.</translation>
    </message>
    <message>
        <source>Wait for the nodes of %1 and Velero&apos;s pods</source>
        <translation>Wait for the nodes of %1 and Velero&apos;s pods</translation>
    </message>
    <message>
        <source>Waits until every node is Ready, the velero Deployment is available and the node agent DaemonSet is rolled out on every node it is scheduled to.</source>
        <translation>Waits until every node is Ready, the velero Deployment is available and the node agent DaemonSet is rolled out on every node it is scheduled to.</translation>
    </message>
    <message>
        <source>%1 of %2 nodes Ready</source>
        <translation>%1 of %2 nodes Ready</translation>
    </message>
    <message>
        <source>not Ready: %1</source>
        <translation>not Ready: %1</translation>
    </message>
    <message>
        <source>velero available</source>
        <translation>velero available</translation>
    </message>
    <message>
        <source>velero not available</source>
        <translation>velero not available</translation>
    </message>
    <message>
        <source>DaemonSet %1: %2 of %3 available, %4 updated</source>
        <translation>DaemonSet %1: %2 of %3 available, %4 updated</translation>
    </message>
    <message>
        <source>%1 was not ready for a restore within %2 s (%3). Check `kubectl get nodes` and `kubectl -n velero get pods -o wide`.</source>
        <translation>%1 was not ready for a restore within %2 s (%3). Check `kubectl get nodes` and `kubectl -n velero get pods -o wide`.</translation>
    </message>
    <message>
        <source>storage class %1 (claims %2)</source>
        <translation>storage class %1 (claims %2)</translation>
    </message>
    <message>
        <source>a default storage class (claims %1 name none)</source>
        <translation>a default storage class (claims %1 name none)</translation>
    </message>
    <message>
        <source>CSI driver %1 (the volumes of claims %2)</source>
        <translation>CSI driver %1 (the volumes of claims %2)</translation>
    </message>
    <message>
        <source>Check the storage classes %1 needs on %2</source>
        <translation>Check the storage classes %1 needs on %2</translation>
    </message>
    <message>
        <source>Every storage class and CSI driver the backup&apos;s restored volume claims use must exist in the cluster; otherwise the claims stay Pending and their data is not restored.</source>
        <translation>Every storage class and CSI driver the backup&apos;s restored volume claims use must exist in the cluster; otherwise the claims stay Pending and their data is not restored.</translation>
    </message>
    <message>
        <source>(read the backup store) backups/%1/%1.tar.gz</source>
        <translation>(read the backup store) backups/%1/%1.tar.gz</translation>
    </message>
    <message>
        <source>%1 lacks what backup %2 needs: %3. Configure the storage (CSI driver and storage class, akshci.md §2 step 4) before restoring.</source>
        <translation>%1 lacks what backup %2 needs: %3. Configure the storage (CSI driver and storage class, akshci.md §2 step 4) before restoring.</translation>
    </message>
    <message>
        <source>Every storage class and CSI driver backup %1 needs is in %2.</source>
        <translation>Every storage class and CSI driver backup %1 needs is in %2.</translation>
    </message>
    <message>
        <source>Uninstall-AksHci removes the management cluster of %1 and every workload cluster in it; they could not be listed: %2</source>
        <translation>Uninstall-AksHci removes the management cluster of %1 and every workload cluster in it; they could not be listed: %2</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n difference(s) from the snapshot (%1) instead of repairing them:</source>
        <translation>
            <numerusform>Accepted %n difference(s) from the snapshot (%1) instead of repairing them:</numerusform>
            <numerusform>Accepted %n difference(s) from the snapshot (%1) instead of repairing them:</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted difference: %1</source>
        <translation>Accepted difference: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rebuilt deployment differs from the snapshot in %n place(s): %1. Repair them and run this step again, or accept exactly these differences (%2).</source>
        <translation>
            <numerusform>The rebuilt deployment differs from the snapshot in %n place(s): %1. Repair them and run this step again, or accept exactly these differences (%2).</numerusform>
            <numerusform>The rebuilt deployment differs from the snapshot in %n place(s): %1. Repair them and run this step again, or accept exactly these differences (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RpoCalculator</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>RpoCommand</name>
    <message>
        <source>The RPO, e.g. 24h or 90m (default: the setting, %1 h).</source>
        <translation>The RPO, e.g. 24h or 90m (default: the setting, %1 h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Check only this cluster (repeatable; default: every workload cluster).</source>
        <translation>Check only this cluster (repeatable; default: every workload cluster).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The kubeconfig to use, with exactly one --cluster (default: Get-AksHciCredential).</source>
        <translation>The kubeconfig to use, with exactly one --cluster (default: Get-AksHciCredential).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>--max-age &apos;%1&apos; is not a duration: use e.g. 24h, 36h or 90m.</source>
        <translation>--max-age &apos;%1&apos; is not a duration: use e.g. 24h, 36h or 90m.</translation>
    </message>
    <message>
        <source>--kubeconfig needs exactly one --cluster.</source>
        <translation>--kubeconfig needs exactly one --cluster.</translation>
    </message>
    <message>
        <source>OK       %1: newest Completed backup %2 is %3 old (RPO %4)</source>
        <translation>OK       %1: newest Completed backup %2 is %3 old (RPO %4)</translation>
    </message>
    <message>
        <source>BREACHED %1: newest Completed backup %2 is %3 old (RPO %4)</source>
        <translation>BREACHED %1: newest Completed backup %2 is %3 old (RPO %4)</translation>
    </message>
    <message>
        <source>BREACHED %1: no Completed backup%2%3 (RPO %4)</source>
        <translation>BREACHED %1: no Completed backup%2%3 (RPO %4)</translation>
    </message>
    <message>
        <source>UNKNOWN  %1: could not be read%2%3 (RPO %4)</source>
        <translation>UNKNOWN  %1: could not be read%2%3 (RPO %4)</translation>
    </message>
    <message>
        <source>No workload clusters to check.</source>
        <translation>No workload clusters to check.</translation>
    </message>
    <message>
        <source>check every cluster&apos;s newest Completed backup against the RPO (exit 1 when breached)</source>
        <translation>check every cluster&apos;s newest Completed backup against the RPO (exit 1 when breached)</translation>
    </message>
</context>
<context>
    <name>RunPrivateFolder</name>
    <message>
        <source>Could not create the folder %1 for the run&apos;s credentials.</source>
        <translation>Could not create the folder %1 for the run&apos;s credentials.</translation>
    </message>
    <message>
        <source>Could not create the private folder %1 for the run&apos;s credentials.</source>
        <translation>Could not create the private folder %1 for the run&apos;s credentials.</translation>
    </message>
    <message>
        <source>Could not lock the private folder %1 for the run&apos;s credentials.</source>
        <translation>Could not lock the private folder %1 for the run&apos;s credentials.</translation>
    </message>
</context>
<context>
    <name>S3Store</name>
    <message>
        <source>The bucket &apos;%1&apos; does not exist on %2 (%3); check the bucket name Velero&apos;s backup storage location uses, and the endpoint.</source>
        <translation>The bucket &apos;%1&apos; does not exist on %2 (%3); check the bucket name Velero&apos;s backup storage location uses, and the endpoint.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (%3).</source>
        <translation>%1 does not exist in %2 (%3).</translation>
    </message>
    <message>
        <source>%1 refused the request because this computer&apos;s clock differs from the server&apos;s by more than 15 minutes (%2); correct the clock and try again.%3</source>
        <translation>%1 refused the request because this computer&apos;s clock differs from the server&apos;s by more than 15 minutes (%2); correct the clock and try again.%3</translation>
    </message>
    <message>
        <source> The server&apos;s time is %1.</source>
        <translation> The server&apos;s time is %1.</translation>
    </message>
    <message>
        <source>The secret access key was rejected (%1) by %2 while reading %3; check the secret from %4 (aks-recovery credentials set %2).</source>
        <translation>The secret access key was rejected (%1) by %2 while reading %3; check the secret from %4 (aks-recovery credentials set %2).</translation>
    </message>
    <message>
        <source>The access key id &apos;%1&apos; from %2 is not known to %3 (%4).</source>
        <translation>The access key id &apos;%1&apos; from %2 is not known to %3 (%4).</translation>
    </message>
    <message>
        <source>%1 refused to let the access key &apos;%2&apos; read %3 (%4); check its policy allows s3:ListBucket and s3:GetObject.</source>
        <translation>%1 refused to let the access key &apos;%2&apos; read %3 (%4); check its policy allows s3:ListBucket and s3:GetObject.</translation>
    </message>
    <message>
        <source>%1 answered %2 while %3 was read; try again later.</source>
        <translation>%1 answered %2 while %3 was read; try again later.</translation>
    </message>
</context>
<context>
    <name>SessionCredentials</name>
    <message>
        <source>this session</source>
        <translation>this session</translation>
    </message>
</context>
<context>
    <name>SnapshotCapture</name>
    <message>
        <source>Cannot read %1 for the snapshot: %2</source>
        <translation>Cannot read %1 for the snapshot: %2</translation>
    </message>
    <message>
        <source>Reading Get-AksHciConfig</source>
        <translation>Reading Get-AksHciConfig</translation>
    </message>
    <message>
        <source>the workload cluster %1</source>
        <translation>the workload cluster %1</translation>
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation>The snapshot was cancelled.</translation>
    </message>
    <message>
        <source>Reading the node pools of %1</source>
        <translation>Reading the node pools of %1</translation>
    </message>
    <message>
        <source>the node pools of %1</source>
        <translation>the node pools of %1</translation>
    </message>
    <message>
        <source>Reading the versions</source>
        <translation>Reading the versions</translation>
    </message>
</context>
<context>
    <name>SnapshotCatalog</name>
    <message>
        <source>Choose the configuration snapshot&apos;s folder.</source>
        <translation>Choose the configuration snapshot&apos;s folder.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a file, not a snapshot folder.</source>
        <translation>%1 is a file, not a snapshot folder.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read with your permissions.</source>
        <translation>The folder %1 cannot be read with your permissions.</translation>
    </message>
    <message>
        <source>%1 is not a configuration snapshot: it has no manifest. Choose the folder a snapshot export wrote (Snapshots page).</source>
        <translation>%1 is not a configuration snapshot: it has no manifest. Choose the folder a snapshot export wrote (Snapshots page).</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>snapshot needs a subcommand: export, diff, verify or list.</source>
        <translation>snapshot needs a subcommand: export, diff, verify or list.</translation>
    </message>
    <message>
        <source>Unknown snapshot subcommand &apos;%1&apos;.</source>
        <translation>Unknown snapshot subcommand &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Export Get-AksHciConfig, every workload cluster with its node pools and the versions into a new snapshot folder under DIR.</source>
        <translation>Export Get-AksHciConfig, every workload cluster with its node pools and the versions into a new snapshot folder under DIR.</translation>
    </message>
    <message>
        <source>Folder that receives the snapshot folder.</source>
        <translation>Folder that receives the snapshot folder.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Only this workload cluster (repeatable).</source>
        <translation>Only this workload cluster (repeatable).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Deployment name for the folder (default: from the config).</source>
        <translation>Deployment name for the folder (default: from the config).</translation>
    </message>
    <message>
        <source>Keep secrets, encrypted with a passphrase read from the first line of stdin.</source>
        <translation>Keep secrets, encrypted with a passphrase read from the first line of stdin.</translation>
    </message>
    <message>
        <source>snapshot export needs --out DIR and takes no other arguments.</source>
        <translation>snapshot export needs --out DIR and takes no other arguments.</translation>
    </message>
    <message>
        <source>--keep-secrets needs a passphrase on the first line of stdin; nothing was exported.</source>
        <translation>--keep-secrets needs a passphrase on the first line of stdin; nothing was exported.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %1 with %n workload cluster(s) written to %2</source>
        <translation>
            <numerusform>Snapshot of %1 with %n workload cluster written to %2</numerusform>
            <numerusform>Snapshot of %1 with %n workload clusters written to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets were redacted.</source>
        <translation>Secrets were redacted.</translation>
    </message>
    <message>
        <source>Compare two snapshots (folders, or &apos;live&apos; for the environment now).</source>
        <translation>Compare two snapshots (folders, or &apos;live&apos; for the environment now).</translation>
    </message>
    <message>
        <source>The snapshot before (a folder or &apos;live&apos;).</source>
        <translation>The snapshot before (a folder or &apos;live&apos;).</translation>
    </message>
    <message>
        <source>The snapshot after (a folder or &apos;live&apos;).</source>
        <translation>The snapshot after (a folder or &apos;live&apos;).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Read the passphrase of encrypted snapshots from the first line of stdin.</source>
        <translation>Read the passphrase of encrypted snapshots from the first line of stdin.</translation>
    </message>
    <message>
        <source>snapshot diff needs two snapshots: A and B.</source>
        <translation>snapshot diff needs two snapshots: A and B.</translation>
    </message>
    <message>
        <source>Comparing %1 (A) with %2 (B)</source>
        <translation>Comparing %1 (A) with %2 (B)</translation>
    </message>
    <message>
        <source>Differences that matter for a restore:</source>
        <translation>Differences that matter for a restore:</translation>
    </message>
    <message>
        <source>Other differences (they do not fail the comparison):</source>
        <translation>Other differences (they do not fail the comparison):</translation>
    </message>
    <message>
        <source>Ignored (volatile): %1</source>
        <translation>Ignored (volatile): %1</translation>
    </message>
    <message>
        <source>%1 equal, %2 changed, %3 added, %4 removed, %5 ignored.</source>
        <translation>%1 equal, %2 changed, %3 added, %4 removed, %5 ignored.</translation>
    </message>
    <message numerus="yes">
        <source>Result: the deployments DIFFER in %n field(s) that matter.</source>
        <translation>
            <numerusform>Result: the deployments DIFFER in %n field that matter.</numerusform>
            <numerusform>Result: the deployments DIFFER in %n fields that matter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: the deployments match.</source>
        <translation>Result: the deployments match.</translation>
    </message>
    <message>
        <source>Check a snapshot folder&apos;s manifest and checksums.</source>
        <translation>Check a snapshot folder&apos;s manifest and checksums.</translation>
    </message>
    <message>
        <source>The snapshot folder.</source>
        <translation>The snapshot folder.</translation>
    </message>
    <message>
        <source>snapshot verify needs one snapshot folder.</source>
        <translation>snapshot verify needs one snapshot folder.</translation>
    </message>
    <message numerus="yes">
        <source>%1: verified, %n file(s), taken %2 on %3.</source>
        <translation>
            <numerusform>%1: verified, %n file, taken %2 on %3.</numerusform>
            <numerusform>%1: verified, %n files, taken %2 on %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the snapshots in a folder, newest first, with their integrity.</source>
        <translation>List the snapshots in a folder, newest first, with their integrity.</translation>
    </message>
    <message>
        <source>The folder that holds snapshot folders.</source>
        <translation>The folder that holds snapshot folders.</translation>
    </message>
    <message>
        <source>snapshot list needs one folder.</source>
        <translation>snapshot list needs one folder.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <source>No snapshots in %1.</source>
        <translation>No snapshots in %1.</translation>
    </message>
    <message>
        <source>export the deployment&apos;s configuration, compare it (diff), verify or list snapshots</source>
        <translation>export the deployment&apos;s configuration, compare it (diff), verify or list snapshots</translation>
    </message>
    <message>
        <source>Usage:
  aks-recovery snapshot export --out DIR [--cluster NAME]... [--name NAME] [--keep-secrets]
  aks-recovery snapshot diff A B [--json] [--passphrase-stdin]   (A, B: snapshot folders or &apos;live&apos;)
  aks-recovery snapshot verify DIR [--passphrase-stdin]
  aks-recovery snapshot list DIR [--json]
Exit codes: 0 done (diff: what matters is equal), 1 failed (diff: it differs), 2 bad usage.
</source>
        <translation>Usage:
  aks-recovery snapshot export --out DIR [--cluster NAME]... [--name NAME] [--keep-secrets]
  aks-recovery snapshot diff A B [--json] [--passphrase-stdin]   (A, B: snapshot folders or &apos;live&apos;)
  aks-recovery snapshot verify DIR [--passphrase-stdin]
  aks-recovery snapshot list DIR [--json]
Exit codes: 0 done (diff: what matters is equal), 1 failed (diff: it differs), 2 bad usage.
</translation>
    </message>
    <message>
        <source>Also check, with the passphrase from the first line of stdin, that the snapshot is encrypted and its manifest unchanged.</source>
        <translation>Also check, with the passphrase from the first line of stdin, that the snapshot is encrypted and its manifest unchanged.</translation>
    </message>
    <message>
        <source>--passphrase-stdin needs a passphrase on the first line of stdin.</source>
        <translation>--passphrase-stdin needs a passphrase on the first line of stdin.</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message numerus="yes">
        <source>%1, %n node pool(s)</source>
        <translation>
            <numerusform>%1, %n node pool</numerusform>
            <numerusform>%1, %n node pools</numerusform>
        </translation>
    </message>
    <message>
        <source>no version</source>
        <translation>no version</translation>
    </message>
    <message>
        <source>Management cluster</source>
        <translation>Management cluster</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation>(cluster)</translation>
    </message>
    <message>
        <source>Cluster %1, node pool %2</source>
        <translation>Cluster %1, node pool %2</translation>
    </message>
    <message>
        <source>(node pool)</source>
        <translation>(node pool)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>SnapshotEncryption</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>The key derivation settings are out of range.</source>
        <translation>The key derivation settings are out of range.</translation>
    </message>
    <message>
        <source>OpenSSL could not derive a key from the passphrase.</source>
        <translation>OpenSSL could not derive a key from the passphrase.</translation>
    </message>
    <message>
        <source>OpenSSL could not produce random bytes for the salt.</source>
        <translation>OpenSSL could not produce random bytes for the salt.</translation>
    </message>
    <message>
        <source>OpenSSL could not produce random bytes for the nonce.</source>
        <translation>OpenSSL could not produce random bytes for the nonce.</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the snapshot file.</source>
        <translation>OpenSSL could not encrypt the snapshot file.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted snapshot file.</source>
        <translation>%1 is not an encrypted snapshot file.</translation>
    </message>
    <message>
        <source>Cannot decrypt %1: %2</source>
        <translation>Cannot decrypt %1: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not decrypt %1.</source>
        <translation>OpenSSL could not decrypt %1.</translation>
    </message>
    <message>
        <source>Cannot decrypt %1: the passphrase is wrong, or the file was changed or moved from another name or snapshot.</source>
        <translation>Cannot decrypt %1: the passphrase is wrong, or the file was changed or moved from another name or snapshot.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>The snapshot file %1 is missing.</source>
        <translation>The snapshot file %1 is missing.</translation>
    </message>
    <message>
        <source>Folder: %1. The snapshot is incomplete: use another one.</source>
        <translation>Folder: %1. The snapshot is incomplete: use another one.</translation>
    </message>
    <message>
        <source>The snapshot file %1 is %2 bytes, too large for a config snapshot.</source>
        <translation>The snapshot file %1 is %2 bytes, too large for a config snapshot.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot file %1: %2</source>
        <translation>Cannot read the snapshot file %1: %2</translation>
    </message>
    <message>
        <source>The snapshot file %1 is not valid JSON.</source>
        <translation>The snapshot file %1 is not valid JSON.</translation>
    </message>
    <message>
        <source>Restore the snapshot folder from a good copy, or take a new one.</source>
        <translation>Restore the snapshot folder from a good copy, or take a new one.</translation>
    </message>
    <message>
        <source>The snapshot folder %1 does not exist.</source>
        <translation>The snapshot folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The snapshot file %1 does not match its checksum: it was changed or cut short after the snapshot was taken.</source>
        <translation>The snapshot file %1 does not match its checksum: it was changed or cut short after the snapshot was taken.</translation>
    </message>
    <message>
        <source>Expected %1 bytes, SHA-256 %2; found %3 bytes, SHA-256 %4. Do not rebuild from this snapshot; use another copy.</source>
        <translation>Expected %1 bytes, SHA-256 %2; found %3 bytes, SHA-256 %4. Do not rebuild from this snapshot; use another copy.</translation>
    </message>
    <message>
        <source>The snapshot manifest lists no %1.</source>
        <translation>The snapshot manifest lists no %1.</translation>
    </message>
    <message>
        <source>The snapshot file %1 is missing from the manifest.</source>
        <translation>The snapshot file %1 is missing from the manifest.</translation>
    </message>
    <message>
        <source>The snapshot %1 keeps its secrets encrypted: give its passphrase to open it.</source>
        <translation>The snapshot %1 keeps its secrets encrypted: give its passphrase to open it.</translation>
    </message>
    <message>
        <source>The snapshot file %1 does not hold a cluster (&quot;name&quot; and &quot;cluster&quot;).</source>
        <translation>The snapshot file %1 does not hold a cluster (&quot;name&quot; and &quot;cluster&quot;).</translation>
    </message>
    <message>
        <source>The snapshot file %1 is not encrypted, though the snapshot&apos;s manifest says every file is: it was replaced after the snapshot was taken.</source>
        <translation>The snapshot file %1 is not encrypted, though the snapshot&apos;s manifest says every file is: it was replaced after the snapshot was taken.</translation>
    </message>
    <message>
        <source>Do not rebuild from this snapshot; use another copy.</source>
        <translation>Do not rebuild from this snapshot; use another copy.</translation>
    </message>
    <message>
        <source>The snapshot file %1 is encrypted, though the snapshot&apos;s manifest says none is: the manifest was changed after the snapshot was taken.</source>
        <translation>The snapshot file %1 is encrypted, though the snapshot&apos;s manifest says none is: the manifest was changed after the snapshot was taken.</translation>
    </message>
    <message>
        <source>The snapshot %1 is not encrypted, though a passphrase was given: a snapshot that keeps its secrets always is, so this one was replaced or is another snapshot.</source>
        <translation>The snapshot %1 is not encrypted, though a passphrase was given: a snapshot that keeps its secrets always is, so this one was replaced or is another snapshot.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1: %2</source>
        <translation>Cannot open the snapshot %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1: the passphrase is wrong, or its manifest was changed after the snapshot was taken.</source>
        <translation>Cannot open the snapshot %1: the passphrase is wrong, or its manifest was changed after the snapshot was taken.</translation>
    </message>
    <message>
        <source>Nothing was read from it. Check the passphrase, or use another copy.</source>
        <translation>Nothing was read from it. Check the passphrase, or use another copy.</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>Keeping secrets in a snapshot needs a passphrase to encrypt them.</source>
        <translation>Keeping secrets in a snapshot needs a passphrase to encrypt them.</translation>
    </message>
    <message>
        <source>Give a passphrase, or let the secrets be redacted.</source>
        <translation>Give a passphrase, or let the secrets be redacted.</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1.</source>
        <translation>Cannot create the snapshot folder %1.</translation>
    </message>
    <message>
        <source>Check that the path is writable and the disk is not full.</source>
        <translation>Check that the path is writable and the disk is not full.</translation>
    </message>
    <message>
        <source>The snapshot %1 already exists; it is never overwritten.</source>
        <translation>The snapshot %1 already exists; it is never overwritten.</translation>
    </message>
    <message>
        <source>Wait a second and export again, or choose another output folder.</source>
        <translation>Wait a second and export again, or choose another output folder.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>Cannot create a temporary folder in %1: %2</translation>
    </message>
    <message>
        <source>The snapshot export was cancelled; nothing was kept.</source>
        <translation>The snapshot export was cancelled; nothing was kept.</translation>
    </message>
    <message>
        <source>Simulated failure at step %1 (test hook).</source>
        <translation>Simulated failure at step %1 (test hook).</translation>
    </message>
    <message>
        <source>Cannot write %1 of the snapshot: %2</source>
        <translation>Cannot write %1 of the snapshot: %2</translation>
    </message>
    <message>
        <source>Check free disk space and permissions of %1.</source>
        <translation>Check free disk space and permissions of %1.</translation>
    </message>
    <message>
        <source>Cannot move the finished snapshot into place as %1.</source>
        <translation>Cannot move the finished snapshot into place as %1.</translation>
    </message>
    <message>
        <source>Removed %1, left by an interrupted snapshot export</source>
        <translation>Removed %1, left by an interrupted snapshot export</translation>
    </message>
    <message>
        <source>Config snapshot written to %1</source>
        <translation>Config snapshot written to %1</translation>
    </message>
</context>
<context>
    <name>StoreCliOptions</name>
    <message>
        <source>The backup store: a folder, a downloaded backup .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].</source>
        <translation>The backup store: a folder, a downloaded backup .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].</translation>
    </message>
    <message>
        <source>Custom endpoint URL (Azurite, Azure Stack Hub, MinIO).</source>
        <translation>Custom endpoint URL (Azurite, Azure Stack Hub, MinIO).</translation>
    </message>
    <message>
        <source>S3 region (MinIO: minio).</source>
        <translation>S3 region (MinIO: minio).</translation>
    </message>
    <message>
        <source>The credentials file given to velero install --secret-file.</source>
        <translation>The credentials file given to velero install --secret-file.</translation>
    </message>
    <message>
        <source>Extra CA certificates to trust (PEM).</source>
        <translation>Extra CA certificates to trust (PEM).</translation>
    </message>
    <message>
        <source>Name the backup store with --store STORE (or give a .tar.gz).</source>
        <translation>Name the backup store with --store STORE (or give a .tar.gz).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid endpoint URL.</source>
        <translation>&apos;%1&apos; is not a valid endpoint URL.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Unexpected argument %1.</translation>
    </message>
</context>
<context>
    <name>StoreFactory</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Unknown kind of backup store (%1).</source>
        <translation>Unknown kind of backup store (%1).</translation>
    </message>
</context>
<context>
    <name>StoreListingParser</name>
    <message>
        <source>the object &apos;%1&apos; has an invalid size &apos;%2&apos;</source>
        <translation>the object &apos;%1&apos; has an invalid size &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>StoreSpec</name>
    <message>
        <source>No backup store was given.</source>
        <translation>No backup store was given.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid storage account name (3-24 lowercase letters and digits). Use azure://ACCOUNT/CONTAINER[/PREFIX].</source>
        <translation>&apos;%1&apos; is not a valid storage account name (3-24 lowercase letters and digits). Use azure://ACCOUNT/CONTAINER[/PREFIX].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid container name. Use azure://ACCOUNT/CONTAINER[/PREFIX].</source>
        <translation>&apos;%1&apos; is not a valid container name. Use azure://ACCOUNT/CONTAINER[/PREFIX].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid bucket name. Use s3://BUCKET[/PREFIX].</source>
        <translation>&apos;%1&apos; is not a valid bucket name. Use s3://BUCKET[/PREFIX].</translation>
    </message>
    <message>
        <source>The prefix &apos;%1&apos; is not valid.</source>
        <translation>The prefix &apos;%1&apos; is not valid.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a store this app reads: give a folder, a .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].</source>
        <translation>&apos;%1&apos; is not a store this app reads: give a folder, a .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].</translation>
    </message>
    <message>
        <source>The endpoint %1 is not a valid URL.</source>
        <translation>The endpoint %1 is not a valid URL.</translation>
    </message>
    <message>
        <source>The backup store &apos;%1&apos; contains control characters (a line break or tab pasted with it?).</source>
        <translation>The backup store &apos;%1&apos; contains control characters (a line break or tab pasted with it?).</translation>
    </message>
</context>
<context>
    <name>TarStreamParser</name>
    <message>
        <source>not a valid tar stream: bad header checksum at byte %1</source>
        <translation>not a valid tar stream: bad header checksum at byte %1</translation>
    </message>
    <message>
        <source>not a valid tar stream: bad size at byte %1</source>
        <translation>not a valid tar stream: bad size at byte %1</translation>
    </message>
    <message>
        <source>the tarball holds a %1 (%2); Velero writes only regular files, so it is refused</source>
        <translation>the tarball holds a %1 (%2); Velero writes only regular files, so it is refused</translation>
    </message>
    <message>
        <source>the tarball holds the entry path &quot;%1&quot; that would escape its folder; refused</source>
        <translation>the tarball holds the entry path &quot;%1&quot; that would escape its folder; refused</translation>
    </message>
    <message>
        <source>the entry %1 is %2 bytes, more than the %3 bytes allowed for one object</source>
        <translation>the entry %1 is %2 bytes, more than the %3 bytes allowed for one object</translation>
    </message>
    <message>
        <source>a tar extended header of %1 bytes is too large</source>
        <translation>a tar extended header of %1 bytes is too large</translation>
    </message>
    <message>
        <source>the tar stream has no end-of-archive marker after %1 entries (cut short?)</source>
        <translation>the tar stream has no end-of-archive marker after %1 entries (cut short?)</translation>
    </message>
    <message>
        <source>the tar stream stops in the middle of %1</source>
        <translation>the tar stream stops in the middle of %1</translation>
    </message>
    <message>
        <source>a header</source>
        <translation>a header</translation>
    </message>
    <message>
        <source>hard link</source>
        <translation>hard link</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>symbolic link</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>character device</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>block device</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>GNU sparse file</source>
        <translation>GNU sparse file</translation>
    </message>
    <message>
        <source>entry of type &apos;%1&apos;</source>
        <translation>entry of type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the skipped entry %1 is %2 bytes, more than the %3 bytes allowed for one object</source>
        <translation>the skipped entry %1 is %2 bytes, more than the %3 bytes allowed for one object</translation>
    </message>
    <message>
        <source>not a valid tar stream: a malformed pax header before byte %1</source>
        <translation>not a valid tar stream: a malformed pax header before byte %1</translation>
    </message>
    <message>
        <source>the tarball holds a GNU sparse file (%1); Velero writes only regular files, so it is refused</source>
        <translation>the tarball holds a GNU sparse file (%1); Velero writes only regular files, so it is refused</translation>
    </message>
</context>
<context>
    <name>TarballScanner</name>
    <message>
        <source>Backup %1, artifact %2: %3</source>
        <translation>Backup %1, artifact %2: %3</translation>
    </message>
    <message>
        <source>missing from the store (the backup never finished uploading, or the tarball was deleted)</source>
        <translation>missing from the store (the backup never finished uploading, or the tarball was deleted)</translation>
    </message>
    <message>
        <source>the object %1 is not valid JSON (%2)</source>
        <translation>the object %1 is not valid JSON (%2)</translation>
    </message>
    <message>
        <source>the object %1 has no apiVersion or kind</source>
        <translation>the object %1 has no apiVersion or kind</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>no metadata/version entry: not a Velero backup tarball</source>
        <translation>no metadata/version entry: not a Velero backup tarball</translation>
    </message>
    <message>
        <source>the object %1 is empty</source>
        <translation>the object %1 is empty</translation>
    </message>
</context>
<context>
    <name>TarballStore</name>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>The backup file %1 is not a readable file.</source>
        <translation>The backup file %1 is not a readable file.</translation>
    </message>
    <message>
        <source>%1 is not in %2: a downloaded backup holds only the resource tarball.</source>
        <translation>%1 is not in %2: a downloaded backup holds only the resource tarball.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes allowed.</source>
        <translation>%1 is %2 bytes, more than the %3 bytes allowed.</translation>
    </message>
</context>
<context>
    <name>VeleroBackup</name>
    <message>
        <source>A Backup in velero&apos;s output has no name.</source>
        <translation>A Backup in velero&apos;s output has no name.</translation>
    </message>
</context>
<context>
    <name>VeleroBsl</name>
    <message>
        <source>A BackupStorageLocation in velero&apos;s output has no name.</source>
        <translation>A BackupStorageLocation in velero&apos;s output has no name.</translation>
    </message>
</context>
<context>
    <name>VeleroClient</name>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>backup name</source>
        <translation>backup name</translation>
    </message>
    <message>
        <source>Velero has no backup named &apos;%1&apos; on this cluster. It may have expired or not yet been synced from the storage location.</source>
        <translation>Velero has no backup named &apos;%1&apos; on this cluster. It may have expired or not yet been synced from the storage location.</translation>
    </message>
    <message>
        <source>restore name</source>
        <translation>restore name</translation>
    </message>
    <message>
        <source>Velero has no restore named &apos;%1&apos; on this cluster.</source>
        <translation>Velero has no restore named &apos;%1&apos; on this cluster.</translation>
    </message>
    <message>
        <source>Could not read the logs of restore &apos;%1&apos;: %2</source>
        <translation>Could not read the logs of restore &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot download backup &apos;%1&apos; to &apos;%2&apos;: the folder does not exist.</source>
        <translation>Cannot download backup &apos;%1&apos; to &apos;%2&apos;: the folder does not exist.</translation>
    </message>
    <message>
        <source>Could not download backup &apos;%1&apos;: %2</source>
        <translation>Could not download backup &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>velero reported that backup &apos;%1&apos; was downloaded, but %2 is not there.</source>
        <translation>velero reported that backup &apos;%1&apos; was downloaded, but %2 is not there.</translation>
    </message>
    <message>
        <source>namespace to include</source>
        <translation>namespace to include</translation>
    </message>
    <message>
        <source>namespace to exclude</source>
        <translation>namespace to exclude</translation>
    </message>
    <message>
        <source>resource to include</source>
        <translation>resource to include</translation>
    </message>
    <message>
        <source>resource to exclude</source>
        <translation>resource to exclude</translation>
    </message>
    <message>
        <source>namespace to map</source>
        <translation>namespace to map</translation>
    </message>
    <message>
        <source>target namespace</source>
        <translation>target namespace</translation>
    </message>
    <message>
        <source>Velero did not accept the restore of backup &apos;%1&apos;: %2</source>
        <translation>Velero did not accept the restore of backup &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>velero restore create did not say which restore it created.</source>
        <translation>velero restore create did not say which restore it created.</translation>
    </message>
    <message>
        <source>Restore %1: %2 (%3 of %4 items)</source>
        <translation>Restore %1: %2 (%3 of %4 items)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Stopped waiting for restore &apos;%1&apos;; Velero goes on with it on the cluster.</source>
        <translation>Stopped waiting for restore &apos;%1&apos;; Velero goes on with it on the cluster.</translation>
    </message>
    <message>
        <source>Velero cannot be installed without %1.</source>
        <translation>Velero cannot be installed without %1.</translation>
    </message>
    <message>
        <source>a blob container</source>
        <translation>a blob container</translation>
    </message>
    <message>
        <source>a bucket</source>
        <translation>a bucket</translation>
    </message>
    <message>
        <source>Could not write the temporary credentials file for velero install in %1.</source>
        <translation>Could not write the temporary credentials file for velero install in %1.</translation>
    </message>
    <message>
        <source>Could not write the temporary credentials file %1.</source>
        <translation>Could not write the temporary credentials file %1.</translation>
    </message>
    <message>
        <source>velero install failed: %1</source>
        <translation>velero install failed: %1</translation>
    </message>
    <message>
        <source>velero version failed: %1</source>
        <translation>velero version failed: %1</translation>
    </message>
    <message>
        <source>velero version did not print a client version.</source>
        <translation>velero version did not print a client version.</translation>
    </message>
    <message>
        <source>Velero&apos;s provider must be azure or aws, not &apos;%1&apos;.</source>
        <translation>Velero&apos;s provider must be azure or aws, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Velero cannot be installed without credentials for the %1 plugin.</source>
        <translation>Velero cannot be installed without credentials for the %1 plugin.</translation>
    </message>
    <message>
        <source>&lt;temporary credentials file, removed after&gt;</source>
        <translation>&lt;temporary credentials file, removed after&gt;</translation>
    </message>
    <message>
        <source>velero uninstall failed: %1</source>
        <translation>velero uninstall failed: %1</translation>
    </message>
    <message>
        <source>Could not read the velero CLI&apos;s version (velero version --client-only): %1</source>
        <translation>Could not read the velero CLI&apos;s version (velero version --client-only): %1</translation>
    </message>
    <message>
        <source>Velero is installed, but creating its backup location failed: %1</source>
        <translation>Velero is installed, but creating its backup location failed: %1</translation>
    </message>
    <message>
        <source>Velero installed with bucket %1 (read-only)</source>
        <translation>Velero installed with bucket %1 (read-only)</translation>
    </message>
    <message>
        <source>Velero installed with bucket %1</source>
        <translation>Velero installed with bucket %1</translation>
    </message>
</context>
<context>
    <name>VeleroInstallCommand</name>
    <message>
        <source>velero %1 is not in the plugin compatibility table (velero 1.2 to %2 are): install a supported velero CLI, it also chooses the server&apos;s version.</source>
        <translation>velero %1 is not in the plugin compatibility table (velero 1.2 to %2 are): install a supported velero CLI, it also chooses the server&apos;s version.</translation>
    </message>
    <message>
        <source>Could not read the Velero credentials file %1: %2</source>
        <translation>Could not read the Velero credentials file %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Velero credentials file.</source>
        <translation>%1 is too large to be a Velero credentials file.</translation>
    </message>
    <message>
        <source>The Azure plugin cannot use a SAS token: Velero needs the storage account key (storageAccountKeyEnvVar) or a service principal. The app can read the backups with the SAS, but it cannot install Velero with it.</source>
        <translation>The Azure plugin cannot use a SAS token: Velero needs the storage account key (storageAccountKeyEnvVar) or a service principal. The app can read the backups with the SAS, but it cannot install Velero with it.</translation>
    </message>
    <message>
        <source>With these settings the backup location would stay Unavailable; the %1 plugin says: %2</source>
        <translation>With these settings the backup location would stay Unavailable; the %1 plugin says: %2</translation>
    </message>
    <message>
        <source>Native Azure disk snapshots need a service principal with AZURE_SUBSCRIPTION_ID and AZURE_RESOURCE_GROUP in the credentials file; install without volume snapshots instead.</source>
        <translation>Native Azure disk snapshots need a service principal with AZURE_SUBSCRIPTION_ID and AZURE_RESOURCE_GROUP in the credentials file; install without volume snapshots instead.</translation>
    </message>
    <message>
        <source>Velero&apos;s provider must be azure or aws, not &apos;%1&apos;.</source>
        <translation>Velero&apos;s provider must be azure or aws, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Velero cannot be installed without the bucket or container of the backups.</source>
        <translation>Velero cannot be installed without the bucket or container of the backups.</translation>
    </message>
    <message>
        <source>The plugin %1 does not pair with velero %2 (the compatibility table pairs %3).</source>
        <translation>The plugin %1 does not pair with velero %2 (the compatibility table pairs %3).</translation>
    </message>
    <message>
        <source>velero %1 cannot create the backup location ReadOnly as the default (needs 1.6 or newer).</source>
        <translation>velero %1 cannot create the backup location ReadOnly as the default (needs 1.6 or newer).</translation>
    </message>
    <message>
        <source>velero %1 would refuse the command: %2</source>
        <translation>velero %1 would refuse the command: %2</translation>
    </message>
</context>
<context>
    <name>VeleroInstallPlan</name>
    <message>
        <source>Velero&apos;s provider for &apos;%1&apos; must be &quot;azure&quot; or &quot;aws&quot;.</source>
        <translation>Velero&apos;s provider for &apos;%1&apos; must be &quot;azure&quot; or &quot;aws&quot;.</translation>
    </message>
    <message>
        <source>Velero&apos;s bucket (container) for &apos;%1&apos; is not set.</source>
        <translation>Velero&apos;s bucket (container) for &apos;%1&apos; is not set.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a backup location config key the %2 plugin accepts (cluster &apos;%3&apos;).</source>
        <translation>&apos;%1&apos; is not a backup location config key the %2 plugin accepts (cluster &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>Velero&apos;s storageAccount for &apos;%1&apos; is not set.</source>
        <translation>Velero&apos;s storageAccount for &apos;%1&apos; is not set.</translation>
    </message>
    <message>
        <source>Velero&apos;s location for &apos;%1&apos; names no way to authenticate: set storageAccountKeyEnvVar (account key), useAAD=true (service principal) or resourceGroup (service principal with key listing).</source>
        <translation>Velero&apos;s location for &apos;%1&apos; names no way to authenticate: set storageAccountKeyEnvVar (account key), useAAD=true (service principal) or resourceGroup (service principal with key listing).</translation>
    </message>
    <message>
        <source>Velero&apos;s region for &apos;%1&apos; is not set (the AWS plugin needs one; MinIO takes any, e.g. minio).</source>
        <translation>Velero&apos;s region for &apos;%1&apos; is not set (the AWS plugin needs one; MinIO takes any, e.g. minio).</translation>
    </message>
</context>
<context>
    <name>VeleroInstallPlanner</name>
    <message>
        <source>The backup location on %1 is created ReadOnly: the restore of %2 needs no file-system volume data, and a ReadOnly location keeps Velero&apos;s garbage collector from deleting expired backups from the store.</source>
        <translation>The backup location on %1 is created ReadOnly: the restore of %2 needs no file-system volume data, and a ReadOnly location keeps Velero&apos;s garbage collector from deleting expired backups from the store.</translation>
    </message>
    <message>
        <source>The backup location on %1 is created ReadWrite: %2 holds file-system volume data, and Velero cannot restore it from a ReadOnly location (velero issue 9626). Velero&apos;s garbage collector deletes every backup of that location that is past its expiry.</source>
        <translation>The backup location on %1 is created ReadWrite: %2 holds file-system volume data, and Velero cannot restore it from a ReadOnly location (velero issue 9626). Velero&apos;s garbage collector deletes every backup of that location that is past its expiry.</translation>
    </message>
    <message>
        <source>Velero cannot be installed against the folder %1 without a credentials file: give the plan the credentials file of %2&apos;s backup location.</source>
        <translation>Velero cannot be installed against the folder %1 without a credentials file: give the plan the credentials file of %2&apos;s backup location.</translation>
    </message>
    <message>
        <source>No credentials for the backup storage %1 to install Velero with: %2</source>
        <translation>No credentials for the backup storage %1 to install Velero with: %2</translation>
    </message>
    <message>
        <source>The credentials of %1 are a SAS token (%2). The Azure plugin cannot use a SAS: give the plan the storage account key or the service principal credentials file Velero used.</source>
        <translation>The credentials of %1 are a SAS token (%2). The Azure plugin cannot use a SAS: give the plan the storage account key or the service principal credentials file Velero used.</translation>
    </message>
</context>
<context>
    <name>VeleroJson</name>
    <message>
        <source>velero printed JSON that is not an object.</source>
        <translation>velero printed JSON that is not an object.</translation>
    </message>
    <message>
        <source>velero printed a %1 whose items are not a list.</source>
        <translation>velero printed a %1 whose items are not a list.</translation>
    </message>
    <message>
        <source>velero printed a &apos;%1&apos; where a %2 or %2List was expected.</source>
        <translation>velero printed a &apos;%1&apos; where a %2 or %2List was expected.</translation>
    </message>
</context>
<context>
    <name>VeleroRestore</name>
    <message>
        <source>A Restore in velero&apos;s output has no name.</source>
        <translation>A Restore in velero&apos;s output has no name.</translation>
    </message>
</context>
<context>
    <name>VeleroSchedule</name>
    <message>
        <source>A Schedule in velero&apos;s output has no name.</source>
        <translation>A Schedule in velero&apos;s output has no name.</translation>
    </message>
</context>
<context>
    <name>VeleroVersionPairing</name>
    <message>
        <source>The velero CLI&apos;s version (%1) cannot be read, so its pairing with backup %2 cannot be checked.</source>
        <translation>The velero CLI&apos;s version (%1) cannot be read, so its pairing with backup %2 cannot be checked.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The Velero server&apos;s version on %1 (%2) cannot be read, so its pairing with backup %3 cannot be checked.</source>
        <translation>The Velero server&apos;s version on %1 (%2) cannot be read, so its pairing with backup %3 cannot be checked.</translation>
    </message>
    <message>
        <source>velero client %1, server %2, backup %3 made by velero %4</source>
        <translation>velero client %1, server %2, backup %3 made by velero %4</translation>
    </message>
    <message>
        <source>%1 (to be installed)</source>
        <translation>%1 (to be installed)</translation>
    </message>
    <message>
        <source>%1 or newer (%2)</source>
        <translation>%1 or newer (%2)</translation>
    </message>
    <message>
        <source>of an unknown release</source>
        <translation>of an unknown release</translation>
    </message>
    <message>
        <source>The velero CLI is %1 but the Velero server on %2 is %3: velero supports a client and server of the same major.minor only, and warns about this pairing. Use a velero CLI %4.x to run the restore.</source>
        <translation>The velero CLI is %1 but the Velero server on %2 is %3: velero supports a client and server of the same major.minor only, and warns about this pairing. Use a velero CLI %4.x to run the restore.</translation>
    </message>
    <message>
        <source>Backup %1 was made by velero %2 or newer (%3), but the Velero server that would restore it on %4 is %5: an older Velero cannot be trusted to read a newer backup. Restore with velero %2 or newer (%6).</source>
        <translation>Backup %1 was made by velero %2 or newer (%3), but the Velero server that would restore it on %4 is %5: an older Velero cannot be trusted to read a newer backup. Restore with velero %2 or newer (%6).</translation>
    </message>
    <message>
        <source>upgrade the server on %1, or restore into a cluster without Velero</source>
        <translation>upgrade the server on %1, or restore into a cluster without Velero</translation>
    </message>
    <message>
        <source>a newer velero CLI installs a newer server</source>
        <translation>a newer velero CLI installs a newer server</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>The backup to check.</source>
        <translation>The backup to check.</translation>
    </message>
    <message>
        <source>Backup %1 is whole: every artifact is present and readable, the tarball is complete and holds every object of the resource list.</source>
        <translation>Backup %1 is whole: every artifact is present and readable, the tarball is complete and holds every object of the resource list.</translation>
    </message>
    <message>
        <source>check a backup in storage is whole and restorable</source>
        <translation>check a backup in storage is whole and restorable</translation>
    </message>
</context>
<context>
    <name>WorkloadCluster</name>
    <message>
        <source>Get-AksHciCluster printed something that is not a cluster object.</source>
        <translation>Get-AksHciCluster printed something that is not a cluster object.</translation>
    </message>
    <message>
        <source>Get-AksHciCluster printed a cluster without a name.</source>
        <translation>Get-AksHciCluster printed a cluster without a name.</translation>
    </message>
</context>
<context>
    <name>aks::BackupChoicesLoader</name>
    <message>
        <source>List the backups of the plan&apos;s clusters</source>
        <translation>List the backups of the plan&apos;s clusters</translation>
    </message>
</context>
<context>
    <name>aks::BackupListModel</name>
    <message>
        <source>Unreadable metadata</source>
        <translation>Unreadable metadata</translation>
    </message>
    <message>
        <source>Tarball only</source>
        <translation>Tarball only</translation>
    </message>
    <message>
        <source>%1 (never finished uploading)</source>
        <translation>%1 (never finished uploading)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>velero-backup.json has no tarball beside it: this backup never finished uploading. Do not restore it.</source>
        <translation>velero-backup.json has no tarball beside it: this backup never finished uploading. Do not restore it.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artifacts</translation>
    </message>
</context>
<context>
    <name>aks::BackupsModel</name>
    <message>
        <source>Stale: the last refresh of %1 failed; this is what it showed before.</source>
        <translation>Stale: the last refresh of %1 failed; this is what it showed before.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>aks::ClusterDetailsModel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>aks::ClusterPlanModel</name>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>none: keep what is in the cluster; update: overwrite it with the backup&apos;s (destructive, needs the cluster&apos;s name typed)</source>
        <translation>none: keep what is in the cluster; update: overwrite it with the backup&apos;s (destructive, needs the cluster&apos;s name typed)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>Excluded namespaces</source>
        <translation>Excluded namespaces</translation>
    </message>
    <message>
        <source>Namespace mapping (old:new)</source>
        <translation>Namespace mapping (old:new)</translation>
    </message>
    <message>
        <source>Restore volumes</source>
        <translation>Restore volumes</translation>
    </message>
    <message>
        <source>Existing resources</source>
        <translation>Existing resources</translation>
    </message>
    <message>
        <source>paired with the velero CLI</source>
        <translation>paired with the velero CLI</translation>
    </message>
    <message>
        <source>the store&apos;s</source>
        <translation>the store&apos;s</translation>
    </message>
    <message>
        <source>Read from the cluster&apos;s old backup location.</source>
        <translation>Read from the cluster&apos;s old backup location.</translation>
    </message>
    <message>
        <source>Given by you: the old backup location could not be read.</source>
        <translation>Given by you: the old backup location could not be read.</translation>
    </message>
    <message>
        <source>Velero provider</source>
        <translation>Velero provider</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Location config</source>
        <translation>Location config</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Credentials file</source>
        <translation>Credentials file</translation>
    </message>
    <message>
        <source>Restore this cluster&apos;s backup even if it is PartiallyFailed: the items that failed during the backup are not in it. Look inside it first. The run&apos;s journal and report record it.</source>
        <translation>Restore this cluster&apos;s backup even if it is PartiallyFailed: the items that failed during the backup are not in it. Look inside it first. The run&apos;s journal and report record it.</translation>
    </message>
    <message>
        <source>The store of %1 holds no backup named %2. Pick one of its backups: %3.</source>
        <translation>The store of %1 holds no backup named %2. Pick one of its backups: %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Restore a PartiallyFailed backup</source>
        <translation>Restore a PartiallyFailed backup</translation>
    </message>
</context>
<context>
    <name>aks::ClustersModel</name>
    <message>
        <source>Management cluster</source>
        <translation>Management cluster</translation>
    </message>
    <message>
        <source>management cluster</source>
        <translation>management cluster</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(not reported)</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Virtual network</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>Virtual switch</translation>
    </message>
    <message>
        <source>Network type</source>
        <translation>Network type</translation>
    </message>
    <message>
        <source>IP address prefix</source>
        <translation>IP address prefix</translation>
    </message>
    <message>
        <source>Node IP pool</source>
        <translation>Node IP pool</translation>
    </message>
    <message>
        <source>VIP pool</source>
        <translation>VIP pool</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS servers</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN ID</translation>
    </message>
    <message>
        <source>Cloud service CIDR</source>
        <translation>Cloud service CIDR</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Image folder</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Working folder</translation>
    </message>
    <message>
        <source>Cloud config location</source>
        <translation>Cloud config location</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control plane</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM size</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load balancer</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>AKS hybrid</source>
        <translation>AKS hybrid</translation>
    </message>
    <message>
        <source>Kubernetes (management)</source>
        <translation>Kubernetes (management)</translation>
    </message>
    <message>
        <source>Install state</source>
        <translation>Install state</translation>
    </message>
    <message>
        <source> (autoscale %1–%2)</source>
        <translation> (autoscale %1–%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>aks::ClustersPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Reading the deployment with Get-AksHciConfig and Get-AksHciCluster...</source>
        <translation>Reading the deployment with Get-AksHciConfig and Get-AksHciCluster...</translation>
    </message>
    <message>
        <source>Read the deployment again (F5)</source>
        <translation>Read the deployment again (F5)</translation>
    </message>
    <message>
        <source>Refreshing clusters</source>
        <translation>Refreshing clusters</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Filter clusters by name</source>
        <translation>Filter clusters by name</translation>
    </message>
    <message>
        <source>Management and workload clusters</source>
        <translation>Management and workload clusters</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>Details of the selected item</translation>
    </message>
    <message>
        <source>Refresh clusters</source>
        <translation>Refresh clusters</translation>
    </message>
    <message>
        <source>Reading the deployment</source>
        <translation>Reading the deployment</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 · %n workload cluster(s)</source>
        <translation>
            <numerusform>Updated %1 · %n workload cluster</numerusform>
            <numerusform>Updated %1 · %n workload clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>The clusters shown are from %1 and may be out of date.</source>
        <translation>The clusters shown are from %1 and may be out of date.</translation>
    </message>
    <message>
        <source>Stale: last good data from %1</source>
        <translation>Stale: last good data from %1</translation>
    </message>
    <message>
        <source>No cluster data</source>
        <translation>No cluster data</translation>
    </message>
    <message>
        <source>The deployment could not be read. Fix the problem shown above, then press Refresh.</source>
        <translation>The deployment could not be read. Fix the problem shown above, then press Refresh.</translation>
    </message>
</context>
<context>
    <name>aks::CompareTab</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Backup to compare with</source>
        <translation>Backup to compare with</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Compare &amp;with:</translation>
    </message>
</context>
<context>
    <name>aks::ComparisonModel</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
</context>
<context>
    <name>aks::CredentialKeeper</name>
    <message>
        <source>Save the credentials for %1 in the keychain</source>
        <translation>Save the credentials for %1 in the keychain</translation>
    </message>
</context>
<context>
    <name>aks::DialogFacade</name>
    <message>
        <source>Type %1 to continue:</source>
        <translation>Type %1 to continue:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>At least 8 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
</context>
<context>
    <name>aks::DiffModel</name>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Changes on every rebuild (state, time or id): not compared.</source>
        <translation>Changes on every rebuild (state, time or id): not compared.</translation>
    </message>
    <message>
        <source>Different, but not part of the deployment&apos;s shape: does not fail the comparison.</source>
        <translation>Different, but not part of the deployment&apos;s shape: does not fail the comparison.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>aks::HealthFindingsModel</name>
    <message>
        <source>Management cluster</source>
        <translation>Management cluster</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Documented repair</source>
        <translation>Documented repair</translation>
    </message>
</context>
<context>
    <name>aks::HealthPage</name>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <source>Run &amp;repair...</source>
        <translation>Run &amp;repair...</translation>
    </message>
    <message>
        <source>Diagnose the deployment and every workload cluster again</source>
        <translation>Diagnose the deployment and every workload cluster again</translation>
    </message>
    <message>
        <source>Checking health</source>
        <translation>Checking health</translation>
    </message>
    <message>
        <source>Health findings, most urgent first</source>
        <translation>Health findings, most urgent first</translation>
    </message>
    <message>
        <source>Documented repairs of the selected finding</source>
        <translation>Documented repairs of the selected finding</translation>
    </message>
    <message>
        <source>The exact script the repair runs</source>
        <translation>The exact script the repair runs</translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation>Repair:</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Script:</translation>
    </message>
    <message>
        <source>%1 (deprecated cmdlet)</source>
        <translation>%1 (deprecated cmdlet)</translation>
    </message>
    <message>
        <source>Deployment %1 answers; AKS hybrid %2.</source>
        <translation>Deployment %1 answers; AKS hybrid %2.</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version unknown)</translation>
    </message>
    <message>
        <source>The management cluster does not answer.</source>
        <translation>The management cluster does not answer.</translation>
    </message>
    <message>
        <source>%1: Kubernetes %2, %3.</source>
        <translation>%1: Kubernetes %2, %3.</translation>
    </message>
    <message>
        <source>API server answers</source>
        <translation>API server answers</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>The symptoms fit expired certificates or tokens. Run the documented repair below before any restore: uninstalling would destroy a deployment the repair brings back.</source>
        <translation>The symptoms fit expired certificates or tokens. Run the documented repair below before any restore: uninstalling would destroy a deployment the repair brings back.</translation>
    </message>
    <message>
        <source>Something needs action: see the findings marked Warning or Critical.</source>
        <translation>Something needs action: see the findings marked Warning or Critical.</translation>
    </message>
    <message>
        <source>Run repair</source>
        <translation>Run repair</translation>
    </message>
    <message>
        <source>This runs:
%1
It replaces the certificates and tokens of %2; kubeconfigs fetched before stop working. Type the name to go on.</source>
        <translation>This runs:
%1
It replaces the certificates and tokens of %2; kubeconfigs fetched before stop working. Type the name to go on.</translation>
    </message>
    <message>
        <source>The repair did not run: the name typed was not &apos;%1&apos;.</source>
        <translation>The repair did not run: the name typed was not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: done, and the diagnosis confirms it. Journal: %2</source>
        <translation>%1: done, and the diagnosis confirms it. Journal: %2</translation>
    </message>
</context>
<context>
    <name>aks::HealthRunner</name>
    <message>
        <source>Check health</source>
        <translation>Check health</translation>
    </message>
    <message>
        <source>Diagnosing the deployment</source>
        <translation>Diagnosing the deployment</translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation>Repair: %1</translation>
    </message>
</context>
<context>
    <name>aks::HistoryPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Not loaded yet</translation>
    </message>
    <message>
        <source>Cluster filter</source>
        <translation>Cluster filter</translation>
    </message>
    <message>
        <source>Phase filter</source>
        <translation>Phase filter</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Schedule filter</source>
        <translation>Schedule filter</translation>
    </message>
    <message>
        <source>Search backups</source>
        <translation>Search backups</translation>
    </message>
    <message>
        <source>Recovery point objective per cluster</source>
        <translation>Recovery point objective per cluster</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Schedules</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Schedules</translation>
    </message>
    <message>
        <source>Storage locations</source>
        <translation>Storage locations</translation>
    </message>
    <message>
        <source>Storage &amp;locations</source>
        <translation>Storage &amp;locations</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Restores</translation>
    </message>
    <message>
        <source>Res&amp;tores</source>
        <translation>Res&amp;tores</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovery point objective&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recovery point objective&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <source>Read Velero backup history</source>
        <translation>Read Velero backup history</translation>
    </message>
    <message>
        <source>Could not read the backup history: %1</source>
        <translation>Could not read the backup history: %1</translation>
    </message>
    <message>
        <source>Could not refresh the backup history: %1 What is shown is stale.</source>
        <translation>Could not refresh the backup history: %1 What is shown is stale.</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Refresh failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Stale: %1</translation>
    </message>
    <message>
        <source>Some clusters could not be refreshed; their rows are stale (grey).</source>
        <translation>Some clusters could not be refreshed; their rows are stale (grey).</translation>
    </message>
    <message>
        <source>No Completed backup within the RPO of %1 on: %2.</source>
        <translation>No Completed backup within the RPO of %1 on: %2.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>All schedules</source>
        <translation>All schedules</translation>
    </message>
    <message>
        <source>Cannot open %1: cluster %2 has no storage location named &apos;%3&apos;.</source>
        <translation>Cannot open %1: cluster %2 has no storage location named &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Double-click a backup (or press Enter) to look inside it in the inspector; right-click for more.</source>
        <translation>Double-click a backup (or press Enter) to look inside it in the inspector; right-click for more.</translation>
    </message>
    <message>
        <source>&amp;Open in the inspector</source>
        <translation>&amp;Open in the inspector</translation>
    </message>
</context>
<context>
    <name>aks::InspectorPage</name>
    <message>
        <source>%1 is absent from the store.</source>
        <translation>%1 is absent from the store.</translation>
    </message>
    <message>
        <source>%1 holds no entries.</source>
        <translation>%1 holds no entries.</translation>
    </message>
    <message>
        <source>Backup inspector</source>
        <translation>Backup inspector</translation>
    </message>
    <message>
        <source>Open a backup store (a folder that holds backups/, or a backup downloaded with velero backup download) to see every resource, volume backup, log and warning a Velero backup holds, with no cluster needed.</source>
        <translation>Open a backup store (a folder that holds backups/, or a backup downloaded with velero backup download) to see every resource, volume backup, log and warning a Velero backup holds, with no cluster needed.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Uploader</source>
        <translation>Uploader</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Persistent volume</source>
        <translation>Persistent volume</translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation>Volume ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Folder, .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX]</source>
        <translation>Folder, .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX]</translation>
    </message>
    <message>
        <source>Backup store</source>
        <translation>Backup store</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Store:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Folder...</source>
        <translation>&amp;Folder...</translation>
    </message>
    <message>
        <source>Open a folder that holds a backup store (backups/, restores/...)</source>
        <translation>Open a folder that holds a backup store (backups/, restores/...)</translation>
    </message>
    <message>
        <source>&amp;Downloaded backup...</source>
        <translation>&amp;Downloaded backup...</translation>
    </message>
    <message>
        <source>Open a .tar.gz written by velero backup download</source>
        <translation>Open a .tar.gz written by velero backup download</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Resource list checked against the tarball</source>
        <translation>Resource list checked against the tarball</translation>
    </message>
    <message>
        <source>Pod volume backups (restic/kopia)</source>
        <translation>Pod volume backups (restic/kopia)</translation>
    </message>
    <message>
        <source>Native volume snapshots</source>
        <translation>Native volume snapshots</translation>
    </message>
    <message>
        <source>CSI volume snapshots</source>
        <translation>CSI volume snapshots</translation>
    </message>
    <message>
        <source>CSI volume snapshot contents</source>
        <translation>CSI volume snapshot contents</translation>
    </message>
    <message>
        <source>Volume info</source>
        <translation>Volume info</translation>
    </message>
    <message>
        <source>Item operations</source>
        <translation>Item operations</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Backup object</source>
        <translation>Backup object</translation>
    </message>
    <message>
        <source>Resource list</source>
        <translation>Resource list</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>CSI</source>
        <translation>CSI</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Open backup store folder</source>
        <translation>Open backup store folder</translation>
    </message>
    <message>
        <source>Open downloaded backup</source>
        <translation>Open downloaded backup</translation>
    </message>
    <message>
        <source>Velero backups (*.tar.gz *.tgz)</source>
        <translation>Velero backups (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Open backup store %1</source>
        <translation>Open backup store %1</translation>
    </message>
    <message>
        <source>%1 holds no backups.</source>
        <translation>%1 holds no backups.</translation>
    </message>
    <message>
        <source>There is no backup named %1 in %2.</source>
        <translation>There is no backup named %1 in %2.</translation>
    </message>
    <message>
        <source>Backup %1 never finished uploading: velero-backup.json has no tarball beside it. Do not restore it.</source>
        <translation>Backup %1 never finished uploading: velero-backup.json has no tarball beside it. Do not restore it.</translation>
    </message>
    <message>
        <source>No resources: the tarball is absent.</source>
        <translation>No resources: the tarball is absent.</translation>
    </message>
    <message>
        <source>Read the artifacts of backup %1</source>
        <translation>Read the artifacts of backup %1</translation>
    </message>
    <message>
        <source>velero-backup.json is absent: only the resources are known.</source>
        <translation>velero-backup.json is absent: only the resources are known.</translation>
    </message>
    <message>
        <source>Some artifacts of backup %1 could not be read.</source>
        <translation>Some artifacts of backup %1 could not be read.</translation>
    </message>
    <message>
        <source>Reading the tarball...</source>
        <translation>Reading the tarball...</translation>
    </message>
    <message>
        <source>Read the resources of backup %1</source>
        <translation>Read the resources of backup %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), tarball format %1</source>
        <translation>
            <numerusform>%n object, tarball format %1</numerusform>
            <numerusform>%n objects, tarball format %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the resource list of backup %1</source>
        <translation>Check the resource list of backup %1</translation>
    </message>
    <message>
        <source>Every object of the resource list is in the tarball.</source>
        <translation>Every object of the resource list is in the tarball.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of the resource list are missing from the tarball.</source>
        <translation>
            <numerusform>%n object of the resource list are missing from the tarball.</numerusform>
            <numerusform>%n objects of the resource list are missing from the tarball.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading backup %1...</source>
        <translation>Reading backup %1...</translation>
    </message>
    <message>
        <source>Compare backup %1 with %2</source>
        <translation>Compare backup %1 with %2</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>From %1 to %2: %3 added, %4 removed, %5 changed, %6 unchanged.</translation>
    </message>
    <message>
        <source>&amp;Cloud storage...</source>
        <translation>&amp;Cloud storage...</translation>
    </message>
    <message>
        <source>Open an Azure Blob Storage container or an S3/MinIO bucket, with its credentials</source>
        <translation>Open an Azure Blob Storage container or an S3/MinIO bucket, with its credentials</translation>
    </message>
    <message numerus="yes">
        <source>Damaged tarball: showing the %n object(s) read before the damage.</source>
        <translation>
            <numerusform>Damaged tarball: showing the %n object read before the damage.</numerusform>
            <numerusform>Damaged tarball: showing the %n objects read before the damage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aks::ItemViews</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Double-click or press Enter: %1. Right-click for more.</source>
        <translation>Double-click or press Enter: %1. Right-click for more.</translation>
    </message>
</context>
<context>
    <name>aks::JobManager</name>
    <message>
        <source>Job %1 started: %2</source>
        <translation>Job %1 started: %2</translation>
    </message>
    <message>
        <source>Job %1 finished</source>
        <translation>Job %1 finished</translation>
    </message>
    <message>
        <source>Job %1 cancelled: %2</source>
        <translation>Job %1 cancelled: %2</translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <translation>Job %1 failed: %2</translation>
    </message>
    <message>
        <source>Job %1: cancel requested</source>
        <translation>Job %1: cancel requested</translation>
    </message>
</context>
<context>
    <name>aks::JobsModel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Cancelling</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>aks::JobsPanel</name>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancel job</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
</context>
<context>
    <name>aks::JsonViewer</name>
    <message>
        <source>Object JSON</source>
        <translation>Object JSON</translation>
    </message>
    <message>
        <source>Find in JSON</source>
        <translation>Find in JSON</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Show secret &amp;values</source>
        <translation>Show secret &amp;values</translation>
    </message>
    <message>
        <source>Copy the whole JSON to the clipboard, as shown (secret values masked unless shown)</source>
        <translation>Copy the whole JSON to the clipboard, as shown (secret values masked unless shown)</translation>
    </message>
    <message>
        <source>This Secret&apos;s values are masked. Tick to show them in clear.</source>
        <translation>This Secret&apos;s values are masked. Tick to show them in clear.</translation>
    </message>
</context>
<context>
    <name>aks::LocationsModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>not validated yet</source>
        <translation>not validated yet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Bucket/prefix</source>
        <translation>Bucket/prefix</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
</context>
<context>
    <name>aks::LogEntryModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>aks::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>aks::LogPage</name>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug and above</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Log records</source>
        <translation>Log records</translation>
    </message>
</context>
<context>
    <name>aks::LogTab</name>
    <message>
        <source>Backup log</source>
        <translation>Backup log</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Minimum level</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
</context>
<context>
    <name>aks::LongLivedPowerShell</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 was cancelled.</translation>
    </message>
</context>
<context>
    <name>aks::LongLivedPowerShell::HostThread</name>
    <message>
        <source>%1: could not start PowerShell &apos;%2&apos; (%3). Check its path in Settings.</source>
        <translation>%1: could not start PowerShell &apos;%2&apos; (%3). Check its path in Settings.</translation>
    </message>
    <message>
        <source>%1 was cancelled before it started.</source>
        <translation>%1 was cancelled before it started.</translation>
    </message>
    <message>
        <source>%1 printed too much output; PowerShell was stopped.</source>
        <translation>%1 printed too much output; PowerShell was stopped.</translation>
    </message>
    <message>
        <source>%1: the PowerShell host ended unexpectedly (exit code %2); it will be restarted on the next call.</source>
        <translation>%1: the PowerShell host ended unexpectedly (exit code %2); it will be restarted on the next call.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 was cancelled.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the PowerShell host was stopped and will be restarted. The host may be hung or overloaded.</source>
        <translation>%1 did not answer within %2 s; the PowerShell host was stopped and will be restarted. The host may be hung or overloaded.</translation>
    </message>
    <message>
        <source>Starting the PowerShell host %1</source>
        <translation>Starting the PowerShell host %1</translation>
    </message>
</context>
<context>
    <name>aks::MainWindow</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>AKS Recovery Console - demo environment</source>
        <translation>AKS Recovery Console - demo environment</translation>
    </message>
    <message>
        <source>AKS Recovery Console</source>
        <translation>AKS Recovery Console</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environment: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About AKS Recovery Console</source>
        <translation>&amp;About AKS Recovery Console</translation>
    </message>
    <message>
        <source>About AKS Recovery Console</source>
        <translation>About AKS Recovery Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;AKS Recovery Console&lt;/b&gt; %1&lt;br&gt;Guided, verifiable recovery of AKS hybrid deployments from their Velero backups.</source>
        <translation>&lt;b&gt;AKS Recovery Console&lt;/b&gt; %1&lt;br&gt;Guided, verifiable recovery of AKS hybrid deployments from their Velero backups.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Config snapshots</source>
        <translation>Config snapshots</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Settings saved. Tool paths apply to new jobs after a restart.</source>
        <translation>Settings saved. Tool paths apply to new jobs after a restart.</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>No jobs running</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Jobs are running</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running. Quit and cancel them?</source>
        <translation>
            <numerusform>%n job are still running. Quit and cancel them?</numerusform>
            <numerusform>%n jobs are still running. Quit and cancel them?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open backup store...</source>
        <translation>&amp;Open backup store...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Backup stores</source>
        <translation>Backup stores</translation>
    </message>
    <message>
        <source>Config snapshot folders</source>
        <translation>Config snapshot folders</translation>
    </message>
    <message>
        <source>No recent stores or snapshots</source>
        <translation>No recent stores or snapshots</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation>Inspector: %1</translation>
    </message>
</context>
<context>
    <name>aks::MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
</context>
<context>
    <name>aks::OpenStoreDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Browse for %1</translation>
    </message>
    <message>
        <source>Open a backup store</source>
        <translation>Open a backup store</translation>
    </message>
    <message>
        <source>Store kind</source>
        <translation>Store kind</translation>
    </message>
    <message>
        <source>Folder (Velero&apos;s layout)</source>
        <translation>Folder (Velero&apos;s layout)</translation>
    </message>
    <message>
        <source>Downloaded backup (.tar.gz)</source>
        <translation>Downloaded backup (.tar.gz)</translation>
    </message>
    <message>
        <source>Azure Blob Storage</source>
        <translation>Azure Blob Storage</translation>
    </message>
    <message>
        <source>S3-compatible storage (MinIO)</source>
        <translation>S3-compatible storage (MinIO)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation>Store folder</translation>
    </message>
    <message>
        <source>the folder that holds backups/</source>
        <translation>the folder that holds backups/</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Backup store folder</source>
        <translation>Backup store folder</translation>
    </message>
    <message>
        <source>Backup tarball</source>
        <translation>Backup tarball</translation>
    </message>
    <message>
        <source>the output of velero backup download</source>
        <translation>the output of velero backup download</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Downloaded backup</source>
        <translation>Downloaded backup</translation>
    </message>
    <message>
        <source>Velero backups (*.tar.gz *.tgz)</source>
        <translation>Velero backups (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Storage account</translation>
    </message>
    <message>
        <source>storageAccount from the backup location</source>
        <translation>storageAccount from the backup location</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>the bucket given to velero install</source>
        <translation>the bucket given to velero install</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>optional: Azure Stack Hub or Azurite URL</source>
        <translation>optional: Azure Stack Hub or Azurite URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Storage account key</source>
        <translation>Storage account key</translation>
    </message>
    <message>
        <source>SAS token</source>
        <translation>SAS token</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>leave empty to use the keychain, file or environment</source>
        <translation>leave empty to use the keychain, file or environment</translation>
    </message>
    <message>
        <source>Credentials file</source>
        <translation>Credentials file</translation>
    </message>
    <message>
        <source>optional: velero --secret-file</source>
        <translation>optional: velero --secret-file</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>optional: PEM</source>
        <translation>optional: PEM</translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation>Storage &amp;account:</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefix:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentication:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>Credentials &amp;file:</source>
        <translation>Credentials &amp;file:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA &amp;certificate:</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>s3Url, e.g. http://minio.local:9000</source>
        <translation>s3Url, e.g. http://minio.local:9000</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>e.g. minio; empty: us-east-1</source>
        <translation>e.g. minio; empty: us-east-1</translation>
    </message>
    <message>
        <source>Path-style addressing (s3ForcePathStyle)</source>
        <translation>Path-style addressing (s3ForcePathStyle)</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>Access key id</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Secret access key</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>Access &amp;key id:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Secret access key:</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is not an http:// or https:// URL.</source>
        <translation>The endpoint &apos;%1&apos; is not an http:// or https:// URL.</translation>
    </message>
    <message>
        <source>Choose the folder that holds backups/.</source>
        <translation>Choose the folder that holds backups/.</translation>
    </message>
    <message>
        <source>Choose the downloaded backup file.</source>
        <translation>Choose the downloaded backup file.</translation>
    </message>
    <message>
        <source>Give the access key id the secret access key belongs to.</source>
        <translation>Give the access key id the secret access key belongs to.</translation>
    </message>
    <message>
        <source>Use the secret for this session only (not saved in the keychain)</source>
        <translation>Use the secret for this session only (not saved in the keychain)</translation>
    </message>
    <message>
        <source>%1 The secret is kept for this session only: press Open to use it.</source>
        <translation>%1 The secret is kept for this session only: press Open to use it.</translation>
    </message>
</context>
<context>
    <name>aks::PerCallPowerShell</name>
    <message>
        <source>%1: PowerShell ended without an answer (output cut short or not from this app&apos;s host script).</source>
        <translation>%1: PowerShell ended without an answer (output cut short or not from this app&apos;s host script).</translation>
    </message>
</context>
<context>
    <name>aks::PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Which backup goes to which cluster, and how. Double-click a cell to change it.</source>
        <translation>Which backup goes to which cluster, and how. Double-click a cell to change it.</translation>
    </message>
    <message>
        <source>Backups per cluster</source>
        <translation>Backups per cluster</translation>
    </message>
    <message>
        <source>Look inside the backup...</source>
        <translation>Look inside the backup...</translation>
    </message>
    <message>
        <source>Save plan...</source>
        <translation>Save plan...</translation>
    </message>
    <message>
        <source>An existing-resource policy of &quot;update&quot; overwrites what the cluster holds: the restore then asks for the cluster&apos;s name to be typed.</source>
        <translation>An existing-resource policy of &quot;update&quot; overwrites what the cluster holds: the restore then asks for the cluster&apos;s name to be typed.</translation>
    </message>
    <message>
        <source>Select a cluster first.</source>
        <translation>Select a cluster first.</translation>
    </message>
    <message>
        <source>Save the restore plan</source>
        <translation>Save the restore plan</translation>
    </message>
    <message>
        <source>Restore plans (*.json)</source>
        <translation>Restore plans (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1; run it with `aks-recovery restore --plan %1`.</source>
        <translation>Saved to %1; run it with `aks-recovery restore --plan %1`.</translation>
    </message>
    <message>
        <source>This recovery has already begun. An edit makes a new plan: the steps already done that it runs unchanged are kept, the others run.</source>
        <translation>This recovery has already begun. An edit makes a new plan: the steps already done that it runs unchanged are kept, the others run.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>This recovery has already begun, so the edited plan is a new plan with a journal of its own; the earlier journal is kept, marked as replaced.

Changed: %1

Kept as done, not run again: %2

Will run: %3</source>
        <translation>This recovery has already begun, so the edited plan is a new plan with a journal of its own; the earlier journal is kept, marked as replaced.

Changed: %1

Kept as done, not run again: %2

Will run: %3</translation>
    </message>
    <message>
        <source>

Done earlier and not part of the new plan (they stay in the earlier journal): %1</source>
        <translation>

Done earlier and not part of the new plan (they stay in the earlier journal): %1</translation>
    </message>
    <message>
        <source>Go on with the edited plan?</source>
        <translation>Go on with the edited plan?</translation>
    </message>
    <message>
        <source>The edit was discarded; the recovery goes on with its plan as it was.</source>
        <translation>The edit was discarded; the recovery goes on with its plan as it was.</translation>
    </message>
</context>
<context>
    <name>aks::PrerequisitesModel</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>How to fix</translation>
    </message>
</context>
<context>
    <name>aks::PrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Checked live: nothing is changed. Every failed check says how to fix it.</source>
        <translation>Checked live: nothing is changed. Every failed check says how to fix it.</translation>
    </message>
    <message>
        <source>Prerequisite checks</source>
        <translation>Prerequisite checks</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Writing the plan from the environment: the clusters, and the newest backup of each that passes verify...</source>
        <translation>Writing the plan from the environment: the clusters, and the newest backup of each that passes verify...</translation>
    </message>
    <message>
        <source>Write the restore plan</source>
        <translation>Write the restore plan</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>No plan.</translation>
    </message>
    <message>
        <source>Could not write the plan: %1</source>
        <translation>Could not write the plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n cluster(s)...</source>
        <translation>
            <numerusform>Checking %n cluster...</numerusform>
            <numerusform>Checking %n clusters...</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the restore prerequisites</source>
        <translation>Check the restore prerequisites</translation>
    </message>
    <message>
        <source>Every prerequisite is met; warnings are worth reading.</source>
        <translation>Every prerequisite is met; warnings are worth reading.</translation>
    </message>
    <message>
        <source>Some prerequisites fail: fix them and check again.</source>
        <translation>Some prerequisites fail: fix them and check again.</translation>
    </message>
    <message>
        <source>The recovery cannot start yet.</source>
        <translation>The recovery cannot start yet.</translation>
    </message>
</context>
<context>
    <name>aks::RecoveriesModel</name>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>Corruption</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>HTML and PDF</source>
        <translation>HTML and PDF</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Steps done</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Replaced by an edited plan</source>
        <translation>Replaced by an edited plan</translation>
    </message>
    <message>
        <source>Abandoned: a later recovery completed</source>
        <translation>Abandoned: a later recovery completed</translation>
    </message>
</context>
<context>
    <name>aks::ReportPage</name>
    <message>
        <source>Verify and report</source>
        <translation>Verify and report</translation>
    </message>
    <message>
        <source>What every step did, with times and commands; secrets are redacted.</source>
        <translation>What every step did, with times and commands; secrets are redacted.</translation>
    </message>
    <message>
        <source>Recovery report</source>
        <translation>Recovery report</translation>
    </message>
    <message>
        <source>Save report (HTML and PDF)...</source>
        <translation>Save report (HTML and PDF)...</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Report saved as %1 and %2.</source>
        <translation>Report saved as %1 and %2.</translation>
    </message>
    <message>
        <source>Save the recovery report</source>
        <translation>Save the recovery report</translation>
    </message>
    <message>
        <source>Reports (*.html)</source>
        <translation>Reports (*.html)</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Saved %1 and %2.</translation>
    </message>
</context>
<context>
    <name>aks::ResourceTreeModel</name>
    <message>
        <source>(cluster-scoped)</source>
        <translation>(cluster-scoped)</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>aks::ResourcesTab</name>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Search resources</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Search by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Label (key=value)</source>
        <translation>Label (key=value)</translation>
    </message>
    <message>
        <source>Any text</source>
        <translation>Any text</translation>
    </message>
    <message>
        <source>Select an object to see its JSON.</source>
        <translation>Select an object to see its JSON.</translation>
    </message>
</context>
<context>
    <name>aks::RestorePage</name>
    <message>
        <source>&lt;h2&gt;Restore&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Restore&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Both recovery procedures of AKS hybrid, step by step: &lt;b&gt;a new site&lt;/b&gt; with standby clusters, or &lt;b&gt;management cluster corruption&lt;/b&gt; (uninstall, reinstall from the configuration snapshot, recreate the workload clusters). Every step is checked before and verified after; destructive steps need the deployment&apos;s or cluster&apos;s name typed; a dry run shows every command first; a journal lets the recovery resume where it stopped.</source>
        <translation>Both recovery procedures of AKS hybrid, step by step: &lt;b&gt;a new site&lt;/b&gt; with standby clusters, or &lt;b&gt;management cluster corruption&lt;/b&gt; (uninstall, reinstall from the configuration snapshot, recreate the workload clusters). Every step is checked before and verified after; destructive steps need the deployment&apos;s or cluster&apos;s name typed; a dry run shows every command first; a journal lets the recovery resume where it stopped.</translation>
    </message>
    <message>
        <source>Start the restore wizard...</source>
        <translation>Start the restore wizard...</translation>
    </message>
    <message>
        <source>Resume the unfinished recovery...</source>
        <translation>Resume the unfinished recovery...</translation>
    </message>
    <message>
        <source>A recovery of %1 did not finish (%2 of %3 steps done, last update %4). Resume it to continue exactly where it stopped.</source>
        <translation>A recovery of %1 did not finish (%2 of %3 steps done, last update %4). Resume it to continue exactly where it stopped.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recoveries on this machine&lt;/b&gt; (double-click: resume an unfinished one, or open a finished one&apos;s report)</source>
        <translation>&lt;b&gt;Recoveries on this machine&lt;/b&gt; (double-click: resume an unfinished one, or open a finished one&apos;s report)</translation>
    </message>
    <message>
        <source>Recoveries on this machine</source>
        <translation>Recoveries on this machine</translation>
    </message>
    <message>
        <source>&amp;Resume, or open the report</source>
        <translation>&amp;Resume, or open the report</translation>
    </message>
    <message>
        <source>This recovery of %1 was replaced by an edited plan; resume that one instead.</source>
        <translation>This recovery of %1 was replaced by an edited plan; resume that one instead.</translation>
    </message>
</context>
<context>
    <name>aks::RestoreStepsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n warning(s)</source>
        <translation>
            <numerusform>Done, %n warning</numerusform>
            <numerusform>Done, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Took</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
</context>
<context>
    <name>aks::RestoreWizard</name>
    <message>
        <source>Restore wizard</source>
        <translation>Restore wizard</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Rebuild</translation>
    </message>
    <message>
        <source>Uninstall-AksHci, then the management cluster and every workload cluster recreated from the snapshot, then a compare that must come out equal.</source>
        <translation>Uninstall-AksHci, then the management cluster and every workload cluster recreated from the snapshot, then a compare that must come out equal.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Velero installed where missing, the backup location waited for, one restore per cluster, followed live.</source>
        <translation>Velero installed where missing, the backup location waited for, one restore per cluster, followed live.</translation>
    </message>
    <message>
        <source>Close the restore wizard?</source>
        <translation>Close the restore wizard?</translation>
    </message>
    <message>
        <source>A step that is running is cancelled. What is done stays in the journal: the Restore page offers to resume this recovery.</source>
        <translation>A step that is running is cancelled. What is done stays in the journal: the Restore page offers to resume this recovery.</translation>
    </message>
    <message>
        <source>There is no recovery to revise.</source>
        <translation>There is no recovery to revise.</translation>
    </message>
</context>
<context>
    <name>aks::RestoresModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>%1 / %2 items</source>
        <translation>%1 / %2 items</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>aks::RpoModel</name>
    <message>
        <source>Within RPO</source>
        <translation>Within RPO</translation>
    </message>
    <message>
        <source>RPO breached</source>
        <translation>RPO breached</translation>
    </message>
    <message>
        <source>No completed backup</source>
        <translation>No completed backup</translation>
    </message>
    <message>
        <source>Unknown (not readable)</source>
        <translation>Unknown (not readable)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Newest completed backup</source>
        <translation>Newest completed backup</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
</context>
<context>
    <name>aks::RunStepsPage</name>
    <message>
        <source>Recovery steps</source>
        <translation>Recovery steps</translation>
    </message>
    <message>
        <source>Live log</source>
        <translation>Live log</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancel the run</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Dry run: the commands are shown, nothing is changed.</source>
        <translation>Dry run: the commands are shown, nothing is changed.</translation>
    </message>
    <message>
        <source>Press Start when ready. Destructive steps ask for a typed name.</source>
        <translation>Press Start when ready. Destructive steps ask for a typed name.</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Running...</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation>Rebuild %1</translation>
    </message>
    <message>
        <source>Destructive step</source>
        <translation>Destructive step</translation>
    </message>
    <message>
        <source>Confirmed by typing &apos;%1&apos;.</source>
        <translation>Confirmed by typing &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Stopped before the destructive step: the name typed was not &apos;%1&apos;. Nothing was destroyed; press Start to be asked again.</source>
        <translation>Stopped before the destructive step: the name typed was not &apos;%1&apos;. Nothing was destroyed; press Start to be asked again.</translation>
    </message>
    <message>
        <source>Waiting for confirmation.</source>
        <translation>Waiting for confirmation.</translation>
    </message>
    <message>
        <source>Finished with warnings: see the steps marked with warnings and the report.</source>
        <translation>Finished with warnings: see the steps marked with warnings and the report.</translation>
    </message>
    <message>
        <source>Cancelled. The journal is consistent: press Start to continue where it stopped.</source>
        <translation>Cancelled. The journal is consistent: press Start to continue where it stopped.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Failed. Fix the cause, then press Retry: finished steps are not run again.</source>
        <translation>Failed. Fix the cause, then press Retry: finished steps are not run again.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Cluster not recreated</source>
        <translation>Cluster not recreated</translation>
    </message>
    <message>
        <source>Uninstall-AksHci destroys the live workload cluster %1 with everything it runs, and this plan does not recreate it: it is lost for good. Type its name to accept that.</source>
        <translation>Uninstall-AksHci destroys the live workload cluster %1 with everything it runs, and this plan does not recreate it: it is lost for good. Type its name to accept that.</translation>
    </message>
    <message>
        <source>Stopped before the destructive step: the loss of %1 was not acknowledged. Nothing was destroyed; add %1 to the plan, or press Start to be asked again.</source>
        <translation>Stopped before the destructive step: the loss of %1 was not acknowledged. Nothing was destroyed; add %1 to the plan, or press Start to be asked again.</translation>
    </message>
    <message>
        <source>Acknowledged that %1 is destroyed and not recreated.</source>
        <translation>Acknowledged that %1 is destroyed and not recreated.</translation>
    </message>
    <message>
        <source>Repair first</source>
        <translation>Repair first</translation>
    </message>
    <message>
        <source>The diagnosis found what expired certificates or tokens cause:
%1

The documented repair brings the deployment back without uninstalling anything:
%2

Run it from the Health page first. Did you run it, and it did NOT help?</source>
        <translation>The diagnosis found what expired certificates or tokens cause:
%1

The documented repair brings the deployment back without uninstalling anything:
%2

Run it from the Health page first. Did you run it, and it did NOT help?</translation>
    </message>
    <message>
        <source>Stopped before Uninstall-AksHci: run the certificate repair from the Health page first. Nothing was destroyed.</source>
        <translation>Stopped before Uninstall-AksHci: run the certificate repair from the Health page first. Nothing was destroyed.</translation>
    </message>
    <message>
        <source>Acknowledged that the documented repair did not help.</source>
        <translation>Acknowledged that the documented repair did not help.</translation>
    </message>
    <message>
        <source>The rebuilt deployment differs from the snapshot</source>
        <translation>The rebuilt deployment differs from the snapshot</translation>
    </message>
    <message numerus="yes">
        <source>These %n setting(s) of the rebuilt deployment differ from the snapshot:

%1

Repair them (press No, fix them, then Retry), or accept exactly these differences and go on with the restores (Yes). An acceptance is recorded in the journal and the report.</source>
        <translation>
            <numerusform>These %n setting(s) of the rebuilt deployment differ from the snapshot:

%1

Repair them (press No, fix them, then Retry), or accept exactly these differences and go on with the restores (Yes). An acceptance is recorded in the journal and the report.</numerusform>
            <numerusform>These %n setting(s) of the rebuilt deployment differ from the snapshot:

%1

Repair them (press No, fix them, then Retry), or accept exactly these differences and go on with the restores (Yes). An acceptance is recorded in the journal and the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n difference(s) from the snapshot.</source>
        <translation>
            <numerusform>Accepted %n difference(s) from the snapshot.</numerusform>
            <numerusform>Accepted %n difference(s) from the snapshot.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Press Next to go on with the recovery.</source>
        <translation>%1 Press Next to go on with the recovery.</translation>
    </message>
</context>
<context>
    <name>aks::ScenarioPage</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Which of Microsoft&apos;s two documented recoveries do you need?</source>
        <translation>Which of Microsoft&apos;s two documented recoveries do you need?</translation>
    </message>
    <message>
        <source>Restore on new hardware or a new site</source>
        <translation>Restore on new hardware or a new site</translation>
    </message>
    <message>
        <source>A management cluster and one empty workload cluster per cluster to restore (a cold standby) are ready. Velero is installed on each where missing, pointing at the same backup storage, and each cluster is restored from its backup. Needs: the standby clusters and the backup storage.</source>
        <translation>A management cluster and one empty workload cluster per cluster to restore (a cold standby) are ready. Velero is installed on each where missing, pointing at the same backup storage, and each cluster is restored from its backup. Needs: the standby clusters and the backup storage.</translation>
    </message>
    <message>
        <source>Recover from management cluster corruption</source>
        <translation>Recover from management cluster corruption</translation>
    </message>
    <message>
        <source>Uninstall AKS hybrid, reinstall the management cluster with the saved configuration, recreate every workload cluster with the same shape, install Velero and restore each from its backup. Needs: a configuration snapshot taken before the corruption, and the backup storage. Destroys what is left of the deployment.</source>
        <translation>Uninstall AKS hybrid, reinstall the management cluster with the saved configuration, recreate every workload cluster with the same shape, install Velero and restore each from its backup. Needs: a configuration snapshot taken before the corruption, and the backup storage. Destroys what is left of the deployment.</translation>
    </message>
    <message>
        <source>Configuration snapshot folder</source>
        <translation>Configuration snapshot folder</translation>
    </message>
    <message>
        <source>Configuration snapshot folder (corruption scenario)</source>
        <translation>Configuration snapshot folder (corruption scenario)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Configuration snapshot</source>
        <translation>Configuration snapshot</translation>
    </message>
    <message>
        <source>Dry run: walk every page and show every command, change nothing</source>
        <translation>Dry run: walk every page and show every command, change nothing</translation>
    </message>
    <message>
        <source>Load a plan file...</source>
        <translation>Load a plan file...</translation>
    </message>
    <message>
        <source>Load a restore plan</source>
        <translation>Load a restore plan</translation>
    </message>
    <message>
        <source>Restore plans (*.json)</source>
        <translation>Restore plans (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the plan %1 (%n cluster(s)).</source>
        <translation>
            <numerusform>Loaded the plan %1 (%n cluster).</numerusform>
            <numerusform>Loaded the plan %1 (%n clusters).</numerusform>
        </translation>
    </message>
    <message>
        <source>The corruption scenario rebuilds from a configuration snapshot: choose its folder.</source>
        <translation>The corruption scenario rebuilds from a configuration snapshot: choose its folder.</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy user</translation>
    </message>
    <message>
        <source>Proxy user (if redacted)</source>
        <translation>Proxy user (if redacted)</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy password</translation>
    </message>
    <message>
        <source>Proxy password (if the snapshot&apos;s secrets were redacted)</source>
        <translation>Proxy password (if the snapshot&apos;s secrets were redacted)</translation>
    </message>
    <message>
        <source>Service principal secret</source>
        <translation>Service principal secret</translation>
    </message>
    <message>
        <source>Registration&apos;s service principal secret (if any)</source>
        <translation>Registration&apos;s service principal secret (if any)</translation>
    </message>
    <message>
        <source>Snapshots taken on this machine</source>
        <translation>Snapshots taken on this machine</translation>
    </message>
    <message numerus="yes">
        <source>Pick a snapshot (%n)</source>
        <translation>
            <numerusform>Pick a snapshot (%n)</numerusform>
            <numerusform>Pick a snapshot (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>No snapshot yet</translation>
    </message>
    <message>
        <source>Snapshots are looked for in %1 (Config snapshots page).</source>
        <translation>Snapshots are looked for in %1 (Config snapshots page).</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (damaged)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n workload cluster(s), taken on %2</source>
        <translation>
            <numerusform>%1: %n workload cluster(s), taken on %2</numerusform>
            <numerusform>%1: %n workload cluster(s), taken on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %1 taken %2 on %3: %n workload cluster(s), every checksum verified.</source>
        <translation>
            <numerusform>Snapshot of %1 taken %2 on %3: %n workload cluster(s), every checksum verified.</numerusform>
            <numerusform>Snapshot of %1 taken %2 on %3: %n workload cluster(s), every checksum verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aks::SchedulesModel</name>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
</context>
<context>
    <name>aks::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;PowerShell:</source>
        <translation>&amp;PowerShell:</translation>
    </message>
    <message>
        <source>&amp;velero:</source>
        <translation>&amp;velero:</translation>
    </message>
    <message>
        <source>&amp;kubectl:</source>
        <translation>&amp;kubectl:</translation>
    </message>
    <message>
        <source>One long-lived session (faster)</source>
        <translation>One long-lived session (faster)</translation>
    </message>
    <message>
        <source>A new process for every call</source>
        <translation>A new process for every call</translation>
    </message>
    <message>
        <source>PowerShell &amp;mode:</source>
        <translation>PowerShell &amp;mode:</translation>
    </message>
    <message>
        <source>Empty: this machine; else an HCI node reached by PowerShell remoting</source>
        <translation>Empty: this machine; else an HCI node reached by PowerShell remoting</translation>
    </message>
    <message>
        <source>&amp;Remote host:</source>
        <translation>&amp;Remote host:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout of a query:</source>
        <translation>&amp;Timeout of a query:</translation>
    </message>
    <message>
        <source>Timeout of &amp;installs and restores:</source>
        <translation>Timeout of &amp;installs and restores:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Recovery point &amp;objective:</source>
        <translation>Recovery point &amp;objective:</translation>
    </message>
    <message>
        <source>Options on the command line (--powershell, --velero, --kubectl) and the variables AKS_RECOVERY_POWERSHELL, AKS_RECOVERY_VELERO and AKS_RECOVERY_KUBECTL override these paths.</source>
        <translation>Options on the command line (--powershell, --velero, --kubectl) and the variables AKS_RECOVERY_POWERSHELL, AKS_RECOVERY_VELERO and AKS_RECOVERY_KUBECTL override these paths.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Browse for %1</translation>
    </message>
    <message>
        <source>Choose a program</source>
        <translation>Choose a program</translation>
    </message>
</context>
<context>
    <name>aks::SnapshotChoicesLoader</name>
    <message>
        <source>List the configuration snapshots</source>
        <translation>List the configuration snapshots</translation>
    </message>
</context>
<context>
    <name>aks::SnapshotCompareView</name>
    <message>
        <source>Only &amp;differences</source>
        <translation>Only &amp;differences</translation>
    </message>
    <message>
        <source>Show &amp;ignored fields</source>
        <translation>Show &amp;ignored fields</translation>
    </message>
    <message>
        <source>Export report (&amp;HTML)...</source>
        <translation>Export report (&amp;HTML)...</translation>
    </message>
    <message>
        <source>Export report (&amp;PDF)...</source>
        <translation>Export report (&amp;PDF)...</translation>
    </message>
    <message>
        <source>Filter fields and values</source>
        <translation>Filter fields and values</translation>
    </message>
    <message>
        <source>Filter the comparison</source>
        <translation>Filter the comparison</translation>
    </message>
    <message>
        <source>Comparison, field by field</source>
        <translation>Comparison, field by field</translation>
    </message>
    <message>
        <source>Choose a snapshot and compare it with the environment now, or select two snapshots and compare them.</source>
        <translation>Choose a snapshot and compare it with the environment now, or select two snapshots and compare them.</translation>
    </message>
    <message>
        <source>%1 and %2 match: every field that matters for a restore is equal (%3 compared, %4 volatile ignored).</source>
        <translation>%1 and %2 match: every field that matters for a restore is equal (%3 compared, %4 volatile ignored).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 differ in %n field(s) that matter for a restore.</source>
        <translation>
            <numerusform>%1 and %2 differ in %n field that matter for a restore.</numerusform>
            <numerusform>%1 and %2 differ in %n fields that matter for a restore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Report saved as %1.</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation>Export report as HTML</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>aks::SnapshotListModel</name>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Verified (encrypted)</source>
        <translation>Verified (encrypted)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Workload clusters</source>
        <translation>Workload clusters</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>aks::SnapshotsPage</name>
    <message>
        <source>&amp;Folder...</source>
        <translation>&amp;Folder...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Export snapshot now</source>
        <translation>&amp;Export snapshot now</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>No config snapshots yet</source>
        <translation>No config snapshots yet</translation>
    </message>
    <message>
        <source>Export a snapshot of the deployment&apos;s configuration now, or choose the folder where scheduled exports (aks-recovery snapshot export) go.</source>
        <translation>Export a snapshot of the deployment&apos;s configuration now, or choose the folder where scheduled exports (aks-recovery snapshot export) go.</translation>
    </message>
    <message>
        <source>Read Get-AksHciConfig and every workload cluster now and save them, secrets redacted, as a new snapshot in this folder.</source>
        <translation>Read Get-AksHciConfig and every workload cluster now and save them, secrets redacted, as a new snapshot in this folder.</translation>
    </message>
    <message>
        <source>One snapshot selected: compare it with the environment now. Two selected: compare them with each other.</source>
        <translation>One snapshot selected: compare it with the environment now. Two selected: compare them with each other.</translation>
    </message>
    <message>
        <source>Config snapshots</source>
        <translation>Config snapshots</translation>
    </message>
    <message>
        <source>Snapshots in:</source>
        <translation>Snapshots in:</translation>
    </message>
    <message>
        <source>Encrypted snapshot</source>
        <translation>Encrypted snapshot</translation>
    </message>
    <message>
        <source>Folder of config snapshots</source>
        <translation>Folder of config snapshots</translation>
    </message>
    <message>
        <source>No AKS hybrid environment is configured (see File &gt; Settings).</source>
        <translation>No AKS hybrid environment is configured (see File &gt; Settings).</translation>
    </message>
    <message>
        <source>Verify config snapshots</source>
        <translation>Verify config snapshots</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed verification: do not rebuild from them.</source>
        <translation>
            <numerusform>%n snapshot failed verification: do not rebuild from them.</numerusform>
            <numerusform>%n snapshots failed verification: do not rebuild from them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hover over a damaged snapshot to see which file is at fault.</source>
        <translation>Hover over a damaged snapshot to see which file is at fault.</translation>
    </message>
    <message>
        <source>Export config snapshot</source>
        <translation>Export config snapshot</translation>
    </message>
    <message>
        <source>Writing the snapshot</source>
        <translation>Writing the snapshot</translation>
    </message>
    <message>
        <source>Snapshot saved as %1 (secrets redacted).</source>
        <translation>Snapshot saved as %1 (secrets redacted).</translation>
    </message>
    <message>
        <source>Compare snapshot with the environment</source>
        <translation>Compare snapshot with the environment</translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation>Compare snapshots</translation>
    </message>
    <message>
        <source>Export with secrets (e&amp;ncrypted)...</source>
        <translation>Export with secrets (e&amp;ncrypted)...</translation>
    </message>
    <message>
        <source>Like Export, but the secrets in the configuration (proxy credentials, keys, passwords) are kept, encrypted with a passphrase you choose. Without the passphrase they cannot be read back.</source>
        <translation>Like Export, but the secrets in the configuration (proxy credentials, keys, passwords) are kept, encrypted with a passphrase you choose. Without the passphrase they cannot be read back.</translation>
    </message>
    <message>
        <source>The snapshot %1 keeps its secrets encrypted. Type its passphrase to compare them too.</source>
        <translation>The snapshot %1 keeps its secrets encrypted. Type its passphrase to compare them too.</translation>
    </message>
    <message>
        <source>Export with secrets</source>
        <translation>Export with secrets</translation>
    </message>
    <message>
        <source>The snapshot will keep the configuration&apos;s secrets, encrypted with this passphrase (AES-256-GCM). Keep the passphrase apart from the snapshot: without it the secrets cannot be read back.</source>
        <translation>The snapshot will keep the configuration&apos;s secrets, encrypted with this passphrase (AES-256-GCM). Keep the passphrase apart from the snapshot: without it the secrets cannot be read back.</translation>
    </message>
    <message>
        <source>Snapshot saved as %1 (secrets encrypted).</source>
        <translation>Snapshot saved as %1 (secrets encrypted).</translation>
    </message>
    <message>
        <source>Snapshot folder</source>
        <translation>Snapshot folder</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
</context>
<context>
    <name>aks::TimelineChart</name>
    <message>
        <source>Backup timeline</source>
        <translation>Backup timeline</translation>
    </message>
    <message>
        <source>Backups per cluster over the last days; shaded stretches have no Completed backup for longer than the RPO.</source>
        <translation>Backups per cluster over the last days; shaded stretches have no Completed backup for longer than the RPO.</translation>
    </message>
    <message>
        <source>No backups to show yet.</source>
        <translation>No backups to show yet.</translation>
    </message>
</context>
<context>
    <name>aks::UserGuideWindow</name>
    <message>
        <source>AKS Recovery Console - User guide</source>
        <translation>AKS Recovery Console - User guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide is missing from this build (docs/user-guide.md).</source>
        <translation>The user guide is missing from this build (docs/user-guide.md).</translation>
    </message>
</context>
</TS>
