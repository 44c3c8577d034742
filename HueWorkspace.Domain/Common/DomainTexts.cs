using System.Globalization;
using System.Resources;

namespace HueWorkspace.Domain.Common;

/// <summary>
/// The one home of the labels the domain and the pages share — states, priorities, operations, timeline entries — and
/// of notification titles: <c>Resources/Texts.resx</c> (Vietnamese) and <c>Texts.en.resx</c>. Read in the reader's
/// language (<see cref="CultureInfo.CurrentUICulture"/>) unless a culture is given; official papers (PDF slips,
/// registers) ask for <see cref="Vietnamese"/>.
/// </summary>
public static class DomainTexts
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly ResourceManager Resources = new("HueWorkspace.Domain.Resources.Texts", typeof(DomainTexts).Assembly);

    public static string Get(string key, CultureInfo? culture = null) => Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The label of an enum value (<c>TaskState.New</c> → "Mới giao"); an undefined value shows as its number, never throws.</summary>
    public static string Label<TEnum>(TEnum value, CultureInfo? culture = null) where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? Get($"{typeof(TEnum).Name}.{value}", culture) : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A refusal in the reader's language. The rules speak Vietnamese (their messages are the law's words, and the API's);
    /// for a reader in another language the kinds every page meets — not found, not allowed, changed by someone else —
    /// are given in theirs. A rule's own message stays as the rule wrote it.
    /// </summary>
    public static string MessageOf(DomainException refusal, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        if (culture.TwoLetterISOLanguageName == "vi")
        {
            return refusal.Message;
        }

        return refusal switch
        {
            NotFoundException => Get("Message.NotFound", culture),
            ForbiddenException => Get("Message.Forbidden", culture),
            ConcurrencyConflictException => Get("Message.Conflict", culture),
            _ => refusal.Message,
        };
    }

    /// <summary>A stored notification title rendered in the reader's language.</summary>
    public static string Render(string key, IReadOnlyList<string> args, CultureInfo? culture = null)
    {
        var template = Get($"Notification.{key}", culture);
        try
        {
            return string.Format(culture ?? CultureInfo.CurrentUICulture, template, args.Cast<object>().ToArray());
        }
        catch (FormatException)
        {
            return string.Join(" ", args);
        }
    }
}
