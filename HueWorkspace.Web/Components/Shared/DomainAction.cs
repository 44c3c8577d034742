using HueWorkspace.Domain.Common;

namespace HueWorkspace.Web.Components.Shared;

/// <summary>What an action panel hears back from its page: the refusal, or what the action gave (a number, a token).</summary>
public sealed record ActionOutcome(string? Error, string? Value = null);

/// <summary>Runs a domain operation for a page: a refusal becomes the Vietnamese message to show, nothing else.</summary>
public static class DomainAction
{
    /// <summary>Runs a workflow action that may give back a value (the number an issue took, a token shown once).</summary>
    public static async Task<ActionOutcome> RunAsync(Func<Task<string?>> action)
    {
        try
        {
            return new ActionOutcome(null, await action());
        }
        catch (DomainException ex)
        {
            return new ActionOutcome(DomainTexts.MessageOf(ex));
        }
    }

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
            return DomainTexts.MessageOf(ex);
        }
    }
}
