using Bunit;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Web.Features.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HueWorkspace.Tests.Components.Inbox;

/// <summary>An inbox line says what is asked, of which record, since when and by when — late in red, a follow-up named as one.</summary>
public sealed class InboxMarkupTests : BunitContext
{
    public InboxMarkupTests() => Services.AddLocalization();

    private IStringLocalizer L => Services.GetRequiredService<IStringLocalizer<HueWorkspace.Web.Resources.SharedResource>>();

    private static InboxItem Item(string step, DateOnly? due, int? daysLeft, bool overdue, bool followUp = false, string? reference = "12/2026 · 7789/BKHĐT-TH") =>
        new(InboxModule.Incoming, Guid.NewGuid(), reference, "Kế hoạch đầu tư công trung hạn", "/documents/x", step, new DateTime(2026, 11, 26, 17, 30, 0, DateTimeKind.Utc),
            due, daysLeft, overdue, followUp);

    [Fact]
    public void ALateStep_IsRed_SaysHowLate_AndSinceWhen_InHuesDate()
    {
        var line = Render(InboxMarkup.Items(L, [Item("Trình", new DateOnly(2026, 11, 28), -3, overdue: true)]));
        var item = line.Find("[data-testid=inbox-item]");
        Assert.Contains("mud-error-text", item.QuerySelector("[data-testid=inbox-step] strong")!.ClassName);
        Assert.Contains("Văn bản đến", item.TextContent);
        Assert.Contains("12/2026 · 7789/BKHĐT-TH — Kế hoạch đầu tư công trung hạn", item.QuerySelector("a")!.TextContent);
        Assert.Equal("/documents/x", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Từ 27/11/2026", item.TextContent); // 17:30 UTC is the next morning in Huế
        Assert.Contains("quá hạn 3 ngày làm việc", item.TextContent);
    }

    [Fact]
    public void AFollowUp_IsNamedAsOne_AndAStepWithoutDeadline_ShowsNone()
    {
        var lines = Render(InboxMarkup.Items(L, [Item("Trình", null, null, overdue: false, followUp: true), Item("Cho ý kiến chỉ đạo", null, null, false, reference: null)]));
        var items = lines.FindAll("[data-testid=inbox-item]");
        Assert.Equal("Đôn đốc: Trình", items[0].QuerySelector("[data-testid=inbox-step] strong")!.TextContent);
        Assert.Empty(items[1].QuerySelectorAll("[data-testid=task-due]"));
        Assert.Equal("Kế hoạch đầu tư công trung hạn", items[1].QuerySelector("a")!.TextContent);
        Assert.DoesNotContain("mud-error-text", lines.Markup);
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(3, "3")]
    [InlineData(250, "99+")]
    public void TheMenuCount_ShowsTheNumber_AndSaysItInWords(int count, string shown)
    {
        var badge = Render(InboxMarkup.Count(L, count));
        if (count == 0)
        {
            Assert.Empty(badge.Markup.Trim());
            return;
        }

        Assert.Equal(shown, badge.Find("[data-testid=nav-count]").TextContent);
        Assert.Equal("true", badge.Find("[data-testid=nav-count]").GetAttribute("aria-hidden"));
        Assert.Equal($"{count} việc chờ bạn", badge.Find(".visually-hidden").TextContent);
    }
}
