# The bodies of the AksHci stand-in (AksHci.psm1 is generated and only binds parameters): a small
# in-memory deployment, outputs in the shapes of Microsoft's reference ("Output shapes" in the
# project's reference notes), and the host and warning lines the module writes.
enum AksHciOsType { Linux = 0; Windows = 1 }

function New-StubPool([string]$cluster, [string]$name, [string]$os, [int]$count, [string]$vmSize) {
    [ordered]@{ ClusterName = $cluster; NodePoolName = $name; Version = 'v1.26.6'; OsType = $os
        NodeCount = $count; VmSize = $vmSize; Phase = 'Deployed'; MaxPodCount = 110; Taints = @()
        AutoScalerEnabled = $false; MinCount = 0; MaxCount = 0 }
}

function New-StubCluster([string]$name, [string]$version, [int]$cp, [string]$cpSize, $lb, [bool]$autoScaler) {
    [ordered]@{ Name = $name; KubernetesVersion = $version; ControlPlaneNodeCount = $cp; ControlPlaneVmSize = $cpSize
        LoadBalancer = $lb; AutoScalerEnabled = $autoScaler; Pools = [System.Collections.Generic.List[object]]::new()
        CreationTime = [datetime]::new(2024, 5, 14, 8, 30, 0, [DateTimeKind]::Utc) }
}

function Reset-StubState {
    $script:Stub = @{ Installed = $true; Registration = $null; Clusters = [ordered]@{}
        Config = [ordered]@{
            MOC = [ordered]@{ vnetName = 'aks-demo-vnet'; vswitchName = 'extSwitch'; vnetType = 'Static'
                ipaddressprefix = '172.16.0.0/16'; gateway = '172.16.0.1'; dnsservers = @('172.16.0.1')
                vlanid = 9; k8snodeippoolstart = '172.16.10.1'; k8snodeippoolend = '172.16.10.255'
                vnetvippoolstart = '172.16.255.0'; vnetvippoolend = '172.16.255.254'
                cloudServiceCidr = '172.16.10.10/16'; imageDir = 'C:\ClusterStorage\Volume1\Images'
                cloudConfigLocation = 'C:\ClusterStorage\Volume1\Config'; version = '1.0.24.11029' }
            AksHci = [ordered]@{ workingDir = 'C:\ClusterStorage\Volume1\ImageStore'; version = '1.0.24.11029'
                enableDiagnosticData = $true }
            KVA = [ordered]@{ kvaName = 'aks-demo'; vlanid = 9; kvaK8sVersion = 'v1.26.6'
                kubeconfig = 'C:\ClusterStorage\Volume1\ImageStore\kubeconfig-mgmt' }
        }
    }
    $c = New-StubCluster 'shop-prod' 'v1.26.6' 3 'Standard_A4_v2' ([ordered]@{ VMSize = 'Standard_A4_v2'; Count = 1; Sku = 'HAProxy' }) $false
    $c.Pools.Add((New-StubPool 'shop-prod' 'shop-prod-linux' 'Linux' 3 'Standard_K8S3_v1'))
    $c.Pools.Add((New-StubPool 'shop-prod' 'shop-prod-batch' 'Linux' 2 'Standard_D4s_v3'))
    $script:Stub.Clusters['shop-prod'] = $c
    $p = New-StubCluster 'payments' 'v1.25.11' 1 'Standard_A4_v2' ([ordered]@{ VMSize = 'Standard_K8S3_v1'; Count = 1; Sku = 'HAProxy' }) $false
    $p.Pools.Add((New-StubPool 'payments' 'payments-linux' 'Linux' 2 'Standard_K8S3_v1'))
    $p.Pools.Add((New-StubPool 'payments' 'payments-windows' 'Windows' 1 'Standard_K8S3_v1'))
    $script:Stub.Clusters['payments'] = $p
}
Reset-StubState

# AKS_STUB_LENIENT=1 (the replay of recorded scripts): no state checks, an unknown cluster is made up,
# so every recorded script reaches the binder whatever ran before it.
$script:Lenient = $env:AKS_STUB_LENIENT -eq '1'

function Assert-StubInstalled {
    if (-not $script:Lenient -and -not $script:Stub.Installed) { throw 'AksHci is not installed. Run Install-AksHci first.' }
}

function Get-StubClusterOrThrow([string]$name) {
    Assert-StubInstalled
    $c = $script:Stub.Clusters[$name]
    if ($null -eq $c -and $script:Lenient) {
        $c = New-StubCluster $name 'v1.26.6' 1 'Standard_A4_v2' ([ordered]@{ VMSize = 'Standard_A4_v2'; Count = 1; Sku = 'HAProxy' }) $false
        $c.Pools.Add((New-StubPool $name "$name-linux" 'Linux' 1 'Standard_K8S3_v1'))
        $script:Stub.Clusters[$name] = $c
    }
    if ($null -eq $c) { throw "A workload cluster with the name '$name' was not found." }
    $c
}

# A cluster as Get-AksHciCluster prints it: NodePools one string or several, counts 0 with node pools.
function ConvertTo-StubClusterOutput($c) {
    $pools = @($c.Pools | ForEach-Object { $_.NodePoolName })
    [pscustomobject][ordered]@{
        ProvisioningState = 'provisioned'; AutoScalerEnabled = $c.AutoScalerEnabled
        AutoScalerProfileName = $(if ($c.AutoScalerEnabled) { 'akshci-autoscaler-profile-default' } else { '' })
        KubernetesVersion = $c.KubernetesVersion
        NodePools = $(if ($pools.Count -eq 1) { $pools[0] } else { $pools })
        WindowsNodeCount = 0; LinuxNodeCount = 0; ControlPlaneNodeCount = $c.ControlPlaneNodeCount
        ControlPlaneVmSize = $c.ControlPlaneVmSize; Name = $c.Name
        Status = [pscustomobject][ordered]@{ ProvisioningState = 'Deployed'; Details = '' }
        LoadBalancer = [pscustomobject]$c.LoadBalancer; CreationTime = $c.CreationTime
    }
}

function ConvertTo-StubPoolOutput($p) {
    $o = [pscustomobject]$p
    $o.OsType = [AksHciOsType]$p.OsType
    # The module prints a node pool's AutoScalerEnabled as text.
    $o.AutoScalerEnabled = [string]$p.AutoScalerEnabled
    $o
}

function Invoke-StubCmdlet([string]$Cmdlet, [string]$Set, [hashtable]$Bound) {
    $v = { param($n, $default) if ($Bound.ContainsKey($n)) { $Bound[$n] } else { $default } }
    switch ($Cmdlet) {
        'Get-AksHciConfig' { return $script:Stub.Config }
        'Get-AksHciVersion' { Assert-StubInstalled; return $script:Stub.Config.MOC.version }
        'Get-AksHciKubernetesVersion' {
            foreach ($ver in 'v1.25.11', 'v1.26.6', 'v1.27.3') {
                foreach ($os in 'Linux', 'Windows') {
                    [pscustomobject][ordered]@{ OrchestratorType = 'Kubernetes'; OrchestratorVersion = $ver; OS = $os; IsPreview = $false }
                }
            }
        }
        'Get-AksHciCluster' {
            Assert-StubInstalled
            if ($Bound.ContainsKey('name')) { return ConvertTo-StubClusterOutput (Get-StubClusterOrThrow $Bound.name) }
            foreach ($c in $script:Stub.Clusters.Values) { ConvertTo-StubClusterOutput $c }
        }
        'Get-AksHciNodePool' {
            $c = Get-StubClusterOrThrow $Bound.clusterName
            $pools = @($c.Pools | Where-Object { -not $Bound.ContainsKey('name') -or $_.NodePoolName -eq $Bound.name })
            if ($Bound.ContainsKey('name') -and $pools.Count -eq 0) { throw "A node pool with the name '$($Bound.name)' was not found." }
            foreach ($p in $pools) { ConvertTo-StubPoolOutput $p }
        }
        'Get-AksHciCredential' {
            $c = Get-StubClusterOrThrow $Bound.name
            $path = & $v 'configPath' (Join-Path ([Environment]::GetFolderPath('UserProfile')) '.kube/config')
            $text = "apiVersion: v1`nkind: Config`ncurrent-context: $($c.Name)`nclusters:`n- name: $($c.Name)`n  cluster:`n    server: https://$($c.Name).aks-demo.local:6443`n"
            if ($script:Lenient -and -not (Test-Path -LiteralPath (Split-Path -Parent $path))) { return }
            [System.IO.File]::WriteAllText($path, $text)
        }
        'New-AksHciNetworkSetting' {
            [pscustomobject][ordered]@{ PSTypeName = 'VirtualNetwork'; Name = $Bound.name; VswitchName = $Bound.vswitchName
                IpAddressPrefix = (& $v 'ipAddressPrefix' ''); Gateway = (& $v 'gateway' ''); DnsServers = @(& $v 'dnsServers' @())
                MacPoolName = 'MocMacPool'; Vlanid = (& $v 'vlanID' 0); VipPoolStart = $Bound.vipPoolStart; VipPoolEnd = $Bound.vipPoolEnd
                K8snodeIpPoolStart = (& $v 'k8sNodeIpPoolStart' ''); K8snodeIpPoolEnd = (& $v 'k8sNodeIpPoolEnd' '') }
        }
        'New-AksHciClusterNetwork' {
            [pscustomobject][ordered]@{ PSTypeName = 'VirtualNetwork'; Name = $Bound.name; VswitchName = $Bound.vswitchName
                VipPoolStart = $Bound.vipPoolStart; VipPoolEnd = $Bound.vipPoolEnd }
        }
        'New-AksHciProxySetting' {
            [pscustomobject][ordered]@{ PSTypeName = 'ProxySettings'; Name = $Bound.name; HTTP = (& $v 'http' '')
                HTTPS = (& $v 'https' ''); NoProxy = (& $v 'noProxy' ''); Credential = (& $v 'credential' $null); CertFile = (& $v 'certFile' '') }
        }
        'New-AksHciLoadBalancerSetting' {
            [pscustomobject][ordered]@{ PSTypeName = 'LoadBalancer'; Name = $Bound.name; LoadBalancerSku = $Bound.loadBalancerSku }
        }
        'Set-AksHciConfig' {
            if ($script:Stub.Installed -and -not $script:Lenient) { throw 'AksHci is already installed; run Uninstall-AksHci before changing its configuration.' }
            Write-Host 'Checking for updates to the AksHci PowerShell module...'
            $net = $Bound.vnet
            $moc = $script:Stub.Config.MOC
            $moc.vnetName = $net.Name; $moc.vswitchName = $net.VswitchName; $moc.vnetvippoolstart = $net.VipPoolStart
            $moc.vnetvippoolend = $net.VipPoolEnd; $moc.imageDir = $Bound.imageDir; $moc.cloudConfigLocation = $Bound.cloudConfigLocation
            $script:Stub.Config.AksHci.workingDir = $Bound.workingDir
            Write-Host 'Configuration saved. You can now run Install-AksHci'
        }
        'Set-AksHciRegistration' {
            $script:Stub.Registration = [ordered]@{ subscriptionId = $Bound.subscriptionId; resourceGroupName = $Bound.resourceGroupName }
        }
        'Install-AksHci' {
            if ($script:Stub.Installed -and -not $script:Lenient) { throw 'AksHci is already installed.' }
            Write-Host 'Installing AKS on Azure Stack HCI...'
            $script:Stub.Installed = $true
            Write-Host 'AKS on Azure Stack HCI installation is complete!'
        }
        'Uninstall-AksHci' {
            Write-Warning 'Uninstall-AksHci removes the management cluster and every workload cluster.'
            $script:Stub.Installed = $false
            $script:Stub.Clusters.Clear()
        }
        'New-AksHciCluster' {
            Assert-StubInstalled
            if ($script:Stub.Clusters.Contains($Bound.name) -and -not $script:Lenient) { throw "A workload cluster with the name '$($Bound.name)' already exists." }
            $lb = [ordered]@{ VMSize = (& $v 'loadBalancerVmSize' 'Standard_A4_v2'); Count = 1; Sku = 'HAProxy' }
            if ($Bound.ContainsKey('loadBalancerSettings')) { $lb.Sku = $Bound.loadBalancerSettings.LoadBalancerSku }
            $c = New-StubCluster $Bound.name (& $v 'kubernetesVersion' 'v1.26.6') (& $v 'controlPlaneNodeCount' 1) `
                (& $v 'controlPlaneVmSize' 'Standard_A4_v2') $lb ([bool](& $v 'enableAutoScaler' $false))
            $os = & $v 'osType' 'linux'
            $c.Pools.Add((New-StubPool $Bound.name (& $v 'nodePoolName' "$($Bound.name)-$($os.ToLower())") $os (& $v 'nodeCount' 1) (& $v 'nodeVmSize' 'Standard_K8S3_v1')))
            $script:Stub.Clusters[$Bound.name] = $c
            ConvertTo-StubClusterOutput $c
        }
        'New-AksHciNodePool' {
            $c = Get-StubClusterOrThrow $Bound.clusterName
            $p = New-StubPool $c.Name $Bound.name (& $v 'osType' 'Linux') (& $v 'count' 1) (& $v 'vmSize' 'Standard_K8S3_v1')
            if ($Bound.ContainsKey('maxPodCount')) { $p.MaxPodCount = $Bound.maxPodCount }
            if ($Bound.ContainsKey('taints')) { $p.Taints = @($Bound.taints) }
            $c.Pools.Add($p)
            ConvertTo-StubPoolOutput $p
        }
        'Remove-AksHciCluster' {
            [void](Get-StubClusterOrThrow $Bound.name)
            $script:Stub.Clusters.Remove($Bound.name)
        }
        default { Write-Verbose "$Cmdlet (stub): nothing to do" }
    }
}
