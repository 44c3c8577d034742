using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Web.Components.Shared;
using HueWorkspace.Web.Features.Tasks;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace HueWorkspace.Web.Features.Inbox;

/// <summary>
/// The inbox's lines as plain markup (the home page and the inbox page repeat them; no component instance per line,
/// docs/capacity.md): what is asked, of which record, since when, and its deadline in working days, late in red.
/// </summary>
public static class InboxMarkup
{
    public static RenderFragment Items(IStringLocalizer l, IReadOnlyList<InboxItem> items) => HtmlWriter.Fragment(w =>
    {
        w.Open("ul", ("class", "hw-plain-list"), ("data-testid", "inbox-items"));
        foreach (var i in items)
        {
            w.Open("li", ("class", "d-flex flex-wrap align-center gap-2 py-2 hw-inbox-item"), ("data-testid", "inbox-item"), ("data-id", i.RecordId.ToString()),
                ("data-module", i.Module.ToString()));
            w.Open("div", ("class", "flex-grow-1 hw-inbox-text"));
            w.Open("span", ("class", "mud-typography mud-typography-body2 d-block"), ("data-testid", "inbox-step"))
                .Open("strong", ("class", i.IsOverdue ? "mud-error-text" : null)).Text(i.FollowUp ? string.Format(l["Inbox.FollowUp"], i.Step) : i.Step).Close("strong")
                .Text(" · ").Text(l[$"InboxModule.{i.Module}"]).Close("span");
            w.Open("a", ("href", i.Link), ("class", "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1 d-block"))
                .Text(i.Reference is { Length: > 0 } r ? $"{r} — {i.Title}" : i.Title).Close("a");
            w.Caption(string.Format(l["Inbox.Since"], VietnamTime.FormatDate(i.SinceUtc)));
            w.Close("div");
            if (i.Due is { } due)
            {
                w.Open("div", ("class", "hw-inbox-due"));
                w.TaskDue(l, due, i.WorkingDaysLeft ?? 0, i.IsOverdue);
                w.Close("div");
            }

            w.Close("li");
        }

        w.Close("ul");
    });

    /// <summary>The module's count beside its menu entry, or nothing when none waits.</summary>
    public static RenderFragment Count(IStringLocalizer l, int count) => HtmlWriter.Fragment(w =>
    {
        if (count > 0)
        {
            // The number for the eye, the words for a screen reader ("Công việc 3" would say nothing).
            w.Open("span", ("class", "hw-nav-count"), ("data-testid", "nav-count"), ("aria-hidden", "true"))
                .Text(count > 99 ? "99+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Close("span")
                .Element("span", "visually-hidden", string.Format(l["Inbox.CountTitle"], count));
        }
    });
}
