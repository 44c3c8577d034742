namespace HueWorkspace.Web.Cluster;

/// <summary>The cookie by which nginx keeps a person on the instance their circuit lives on (<c>Cluster:NodeName</c>).</summary>
public static class StickyNode
{
    /// <summary>Letters only: nginx reads it as <c>$cookie_hwnode</c>.</summary>
    public const string Cookie = "hwnode";
}
