using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace HueWorkspace.Tests.Integration.Documents;

/// <summary>The developer's first start: a month of incoming documents in every state, each with a real Vietnamese PDF.</summary>
public sealed class DemoDocumentsTests(DemoDocumentsTests.Factory factory) : IClassFixture<DemoDocumentsTests.Factory>
{
    public sealed class Factory : WorkspaceFactory
    {
        public Factory() => DemoDocuments = true;
    }

    [Fact]
    public async Task TheDemoMonth_HasEveryState_GaplessNumbers_AndReadablePdfs()
    {
        factory.StartServer();
        var db = factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        await using var context = await db.CreateDbContextAsync();
        var documents = await context.IncomingDocuments.AsNoTracking().ToListAsync();
        Assert.True(documents.Count >= 15);
        Assert.Equal(Enum.GetValues<IncomingState>().Order(), documents.Select(d => d.State).Distinct().Order());
        Assert.Contains(documents, d => d.IsSecret);
        Assert.True(documents.Min(d => d.ArrivalDate) <= documents.Max(d => d.ArrivalDate).AddDays(-20), "a month of documents");
        foreach (var register in documents.GroupBy(d => (d.UnitId, d.Year)))
        {
            Assert.Equal(Enumerable.Range(1, register.Count()), register.Select(d => d.ArrivalNumber).Order());
        }

        var directed = documents.Where(d => d.State == IncomingState.Directed).ToList();
        Assert.All(directed, d => Assert.NotNull(d.TaskId));

        var main = await context.StoredFiles.AsNoTracking().Where(f => f.Area == IncomingDocument.FilesArea && f.PartId == IncomingDocument.MainFilePart).Select(StoredFile.Info).FirstAsync();
        await using var content = await factory.Services.GetRequiredService<IFileStore>().OpenReadAsync(main.Sha256);
        using var memory = new MemoryStream();
        await content!.CopyToAsync(memory);
        using var pdf = PdfDocument.Open(memory.ToArray());
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
    }

    [Fact]
    public async Task TheDemoOutgoing_HasDraftsAtEveryStep_DeliveredCopies_ARecallAndItsReplacement_AndACurrentTUQ()
    {
        factory.StartServer();
        var db = factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        await using var context = await db.CreateDbContextAsync();
        var outgoing = await context.OutgoingDocuments.AsNoTracking().Include(d => d.Recipients).Include(d => d.Steps).ToListAsync();
        Assert.Equal(Enum.GetValues<OutgoingState>().Order(), outgoing.Select(d => d.State).Distinct().Order());
        Assert.Contains(outgoing, d => d.State == OutgoingState.Draft && d.Steps.Any(s => s.Operation == OutgoingOperation.Return));
        foreach (var series in outgoing.Where(d => d.Number is not null).GroupBy(d => (d.IssuerUnitId, d.Year, d.IsSecret)))
        {
            Assert.Equal(Enumerable.Range(1, series.Count()), series.Select(d => d.Number!.Value).Order());
        }

        var recalled = Assert.Single(outgoing, d => d.State == OutgoingState.Recalled);
        Assert.Contains(outgoing, d => d.FixesId == recalled.Id && d.FixKind == FixKind.Replaces && d.State == OutgoingState.Issued);
        var copies = await context.IncomingDocuments.AsNoTracking().Where(c => c.OriginId != null).ToListAsync();
        Assert.Equal(outgoing.Where(d => d.Number is not null).Sum(d => d.Recipients.Count(r => r.UnitId != null)), copies.Count);
        Assert.All(copies.Where(c => c.OriginId == recalled.Id), c => Assert.Equal(IncomingState.Recalled, c.State));
        Assert.Contains(outgoing, d => d.Capacity == SigningCapacity.TUQ);
        Assert.Contains(outgoing, d => d.Capacity == SigningCapacity.KT);
        var today = HueWorkspace.Domain.Common.VietnamTime.Today(TimeProvider.System);
        Assert.Contains(await context.SigningAuthorisations.AsNoTracking().ToListAsync(), a => a.Kind == AuthorisationKind.Authorisation && a.IsActiveOn(today) && a.Reference != null);
    }
}
