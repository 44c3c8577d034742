using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

/// <summary>Outgoing numbers (Nghị định 30 Art. 15): gapless per issuer, year and series; number + symbol unique in the year.</summary>
public sealed class OutgoingNumberingTests : OutgoingTest
{
    private async Task<Guid> SignedAsync(DraftOutgoing? command = null)
    {
        var id = await DraftAsync(command: command);
        await AdvanceAsync(id, OutgoingState.Signed);
        return id;
    }

    [Fact]
    public async Task ClerksIssuingAtTheSameMoment_GetConsecutiveNumbers_WithoutGapOrRepeat()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add(await SignedAsync());
        }

        await ActAsAsync("khcn.vanthu");
        var versions = new Dictionary<Guid, Guid>();
        foreach (var id in ids)
        {
            versions[id] = await OutVersionAsync(id);
        }

        // Each issue on its own service and connection, started together.
        var symbols = await Task.WhenAll(ids.Select(id => Task.Run(() => Outgoing.IssueAsync(id, versions[id]))));
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"{n:00}/SKHCN"), symbols.Order());
        var numbers = new List<int>();
        foreach (var id in ids)
        {
            numbers.Add((await ReloadOutgoingAsync(id)).Number!.Value);
        }

        Assert.Equal(Enumerable.Range(1, 8), numbers.Order());
    }

    [Fact]
    public async Task SecretDocuments_HaveTheirOwnSeries_AndTheirSymbolStaysUnique()
    {
        var ordinary = await IssuedAsync();
        await ActAsAsync("khcn.chuyenvien");
        var secret = await IssuedAsync(await DraftCommandAsync(secrecy: DocumentConfidentiality.Mat));
        await ActAsAsync("khcn.chuyenvien");
        var next = await IssuedAsync();

        Assert.Equal("01/SKHCN", (await ReloadOutgoingAsync(ordinary)).NumberSymbol);
        Assert.Equal("01/SKHCN-M", (await ReloadOutgoingAsync(secret)).NumberSymbol);
        Assert.Equal("02/SKHCN", (await ReloadOutgoingAsync(next)).NumberSymbol);
    }

    [Fact]
    public async Task TheTypeGoesIntoTheSymbol_AndTheCommitteeIsNumberedByItsOffice()
    {
        await ActAsAsync("vp.chuyenvien");
        var decision = await DraftAsync("vp.chuyenvien", await DraftCommandAsync(issuer: "UBND", signer: "chutich", type: DocumentType.QuyetDinh, to: ["SKHCN"]));
        await AdvanceAsync(decision, OutgoingState.Issued, unit: "vp", signer: "chutich", capacity: SigningCapacity.TM);
        Assert.Equal("01/QĐ-UBND", (await ReloadOutgoingAsync(decision)).NumberSymbol);
        Assert.Equal(SigningCapacity.TM, (await ReloadOutgoingAsync(decision)).Capacity);
    }

    [Fact]
    public async Task ANewYear_StartsTheSeriesAgainAtOne()
    {
        FakeClock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 9, 0, 0, TimeSpan.Zero));
        var december = await IssuedAsync();
        FakeClock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 2, 0, 0, TimeSpan.Zero));
        await ActAsAsync("khcn.chuyenvien");
        var january = await IssuedAsync();

        var (d, j) = (await ReloadOutgoingAsync(december), await ReloadOutgoingAsync(january));
        Assert.Equal((2026, 1, new DateOnly(2026, 12, 31)), (d.Year!.Value, d.Number!.Value, d.IssueDate!.Value));
        Assert.Equal((2027, 1, new DateOnly(2027, 1, 4)), (j.Year!.Value, j.Number!.Value, j.IssueDate!.Value));
    }

    [Fact]
    public async Task ANumberAndSymbolAlreadyUsedInTheYear_IsRefused_AndTheNumberIsNotSpent()
    {
        await IssuedAsync();
        var second = await SignedAsync();
        await using (var db = Db.CreateDbContext())
        {
            // A register whose counter was put back by hand would give 01 again.
            await db.Database.ExecuteSqlRawAsync("UPDATE \"DocumentCounters\" SET \"Last\" = 0 WHERE \"Series\" = 'di'");
        }

        await ActAsAsync("khcn.vanthu");
        var refused = await Assert.ThrowsAsync<DomainException>(async () => await Outgoing.IssueAsync(second, await OutVersionAsync(second)));
        Assert.Contains("01/SKHCN đã được dùng", refused.Message);
        var d = await ReloadOutgoingAsync(second);
        Assert.Equal((OutgoingState.Signed, (string?)null), (d.State, d.NumberSymbol));
        await using (var db = Db.CreateDbContext())
        {
            Assert.Equal(0, await db.DocumentCounters.Where(c => c.Series == "di").Select(c => c.Last).SingleAsync());
        }
    }
}
