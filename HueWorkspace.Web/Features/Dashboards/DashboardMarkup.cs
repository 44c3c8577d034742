using HueWorkspace.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace HueWorkspace.Web.Features.Dashboards;

/// <summary>An indicator: its name, its value (a link to the list behind it) and the change since the period before.</summary>
public static class DashboardMarkup
{
    public static RenderFragment Figure(IStringLocalizer l, string label, string value, (string Text, bool Good, bool Bad)? change, string? href, string testId) =>
        HtmlWriter.Fragment(w =>
        {
            w.Open("div", ("class", "hw-figure"), ("data-testid", testId))
                .Element("dt", "mud-typography mud-typography-body2", label)
                .Open("dd", ("class", "mud-typography mud-typography-h5 my-1"));
            if (href is not null)
            {
                w.Open("a", ("href", href), ("class", "mud-link mud-primary-text mud-link-underline-hover"), ("data-testid", testId + "-value"),
                    ("aria-label", string.Format(l["Dashboard.OpenList"], label, value))).Text(value).Close("a");
            }
            else
            {
                w.Open("span", ("data-testid", testId + "-value")).Text(value).Close("span");
            }

            w.Close("dd");
            if (change is { } c)
            {
                var css = c.Good ? "mud-success-text" : c.Bad ? "mud-error-text" : "mud-text-secondary";
                w.Open("dd", ("class", $"mud-typography mud-typography-caption {css}"), ("data-testid", testId + "-change"))
                    .Text(string.Format(l["Dashboard.SincePrevious"], c.Text)).Close("dd");
            }

            w.Close("div");
        });
}
