using HueWorkspace.Domain.Common;

namespace HueWorkspace.Web.Components.Shared;

/// <summary>Runs a domain operation for a page: a refusal becomes the Vietnamese message to show, nothing else.</summary>
public static class DomainAction
{
    /// <returns>Null when the operation succeeded; otherwise the rule's message.</returns>
    public static async Task<string?> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
    }
}
