using Bunit;
using HueWorkspace.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Components.Tasks;

/// <summary>Task descriptions are Markdown from users: formatting survives, scripts and javascript: links do not.</summary>
public sealed class MarkdownViewTests : BunitContext
{
    public MarkdownViewTests() => Services.AddLocalization();

    [Fact]
    public void Formatting_IsRendered()
    {
        var view = Render<MarkdownView>(p => p.Add(m => m.Text, "Theo **Quyết định 41**:\n\n- rà soát\n- báo cáo"));
        Assert.Equal("Quyết định 41", view.Find("strong").TextContent);
        Assert.Equal(2, view.FindAll("li").Count);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[bấm vào đây](javascript:alert(1))")]
    public void ScriptsAndDangerousLinks_AreRemoved(string markdown)
    {
        var view = Render<MarkdownView>(p => p.Add(m => m.Text, markdown));
        Assert.Empty(view.FindAll("script"));
        Assert.Empty(view.FindAll("img[onerror]"));
        Assert.DoesNotContain("javascript:", view.Markup, StringComparison.OrdinalIgnoreCase);
    }
}
