namespace HueWorkspace.Web.Components.Shared;

/// <summary>
/// What a screen reader should say about a change the person did not make themselves (a task that arrived in the list,
/// a state changed by someone else, a new notification). One per circuit; <see cref="LiveRegion"/> in the layout speaks
/// it through a polite live region, so nothing interrupts what is being read.
/// </summary>
public sealed class LiveAnnouncer
{
    public event Action<string>? Announced;

    public void Announce(string message)
    {
        if (!string.IsNullOrWhiteSpace(message))
        {
            Announced?.Invoke(message);
        }
    }
}
