using Bunit;
using HueWorkspace.Web.Components.Shared;

namespace HueWorkspace.Tests.Components.Shared;

/// <summary>An empty list says what would appear there and what to do.</summary>
public sealed class EmptyStateTests : BunitContext
{
    public EmptyStateTests() => Microsoft.Extensions.DependencyInjection.LocalizationServiceCollectionExtensions.AddLocalization(Services);

    [Fact]
    public void AnEmptyList_SaysWhatWouldAppear_WhatToDo_AndOffersTheAction()
    {
        var empty = Render<EmptyState>(p => p.Add(e => e.Text, "Không có văn bản đến nào ở đây.").Add(e => e.Hint, "Văn thư vào sổ văn bản mới.")
            .Add(e => e.Action, "/documents/new").Add(e => e.ActionText, "Vào sổ văn bản đến"));
        Assert.Equal("status", empty.Find("[data-testid=empty]").GetAttribute("role"));
        Assert.Equal("Không có văn bản đến nào ở đây.", empty.Find(".hw-empty-what").TextContent);
        Assert.Equal("Văn thư vào sổ văn bản mới.", empty.Find(".hw-empty-hint").TextContent);
        Assert.Equal("/documents/new", empty.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void WithoutAHint_OnlyTheTextShows()
    {
        var empty = Render<EmptyState>(p => p.Add(e => e.Text, "Không có gì.").Add(e => e.TestId, "inbox-empty"));
        Assert.Empty(empty.FindAll(".hw-empty-hint"));
        Assert.Empty(empty.FindAll("a"));
        Assert.NotNull(empty.Find("[data-testid=inbox-empty]"));
    }
}
