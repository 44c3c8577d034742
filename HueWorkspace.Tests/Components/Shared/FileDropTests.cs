using Bunit;
using HueWorkspace.Domain.Files;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HueWorkspace.Tests.Components.Shared;

/// <summary>
/// Issue 24, "files listed twice": a picked file is listed once and attached once; removed, it is gone from both; picked
/// again, it is back once; a field that takes only PDFs says so at once.
/// </summary>
public sealed class FileDropTests : BunitContext
{
    private static readonly byte[] Pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();
    private IReadOnlyList<StagedFile> _files = [];
    private string? _error;

    public FileDropTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(TestFiles.Service(new TestCurrentUser { Actor = DemoActors.Make(HueWorkspace.Domain.Organization.Role.Clerk) }));
    }

    private IRenderedComponent<FileDrop> RenderDrop(string? accept = null) => Render<FileDrop>(p => p
        .Add(d => d.Files, _files)
        .Add(d => d.Accept, accept)
        .Add(d => d.FilesChanged, (IReadOnlyList<StagedFile> f) => _files = f)
        .Add(d => d.ErrorChanged, (string? e) => _error = e));

    private static void Pick(IRenderedComponent<FileDrop> drop, string name, byte[] content) =>
        drop.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name));

    [Fact]
    public void APickedFile_IsListedOnce_RemovedFromBoth_AndPickedAgainOnce()
    {
        var drop = RenderDrop();
        Pick(drop, "a.pdf", Pdf);
        drop.WaitForAssertion(() => Assert.Single(_files));
        drop.Render(p => p.Add(d => d.Files, _files));
        Assert.Equal(["a.pdf"], drop.FindAll(".mud-chip").Select(c => c.TextContent.Trim()));

        drop.Find("[data-testid=attached-file] .mud-chip-close-button").Click();
        Assert.Empty(_files);
        drop.Render(p => p.Add(d => d.Files, _files));
        Assert.Empty(drop.FindAll(".mud-chip"));

        Pick(drop, "a.pdf", Pdf);
        drop.WaitForAssertion(() => Assert.Single(_files));
        drop.Render(p => p.Add(d => d.Files, _files));
        Assert.Equal(["a.pdf"], drop.FindAll(".mud-chip").Select(c => c.TextContent.Trim()));
        Assert.Null(_error);
    }

    [Fact]
    public void AFieldForPdfs_RefusesAWordFile_AtOnce_InVietnamese()
    {
        var drop = RenderDrop(".pdf");
        Assert.Equal(".pdf", drop.Find("input[type=file]").GetAttribute("accept"));
        Pick(drop, "bao-cao.docx", "PK\u0003\u0004 word"u8.ToArray());
        drop.WaitForAssertion(() => Assert.Equal("Tệp \"bao-cao.docx\" không đúng loại: ô này chỉ nhận tệp .pdf.", _error));
        Assert.Empty(_files);
        Assert.Contains("nhận các loại: .pdf", drop.Markup, StringComparison.Ordinal);
    }
}
