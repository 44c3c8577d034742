using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

/// <summary>
/// The access rule of outgoing documents as a matrix — each person of the demo organisation against a document at each
/// step, ordinary and secret — and its three users (the page by id, the list, the live audience) agreeing.
/// </summary>
public sealed class OutgoingAccessTests : OutgoingTest
{
    private static readonly string[] Everyone =
        ["khcn.chuyenvien", "khcn.lanhdao", "khcn.vanthu", "khcn.dulieu", "ioc.lanhdao", "chutich", "vp.vanthu", "vp.lanhdao", "tc.chuyenvien", "tc.lanhdao", "vnpt.khaithac", "admin"];

    public static TheoryData<string, string[]> Matrix => new()
    {
        // A draft: its drafter alone.
        { "Draft", ["khcn.chuyenvien"] },
        // Submitted: the head of the drafting unit checks it.
        { "ContentReview", ["khcn.chuyenvien", "khcn.lanhdao"] },
        // Content approved: the issuing unit's clerk checks the format.
        { "FormatCheck", ["khcn.chuyenvien", "khcn.lanhdao", "khcn.vanthu"] },
        // Issued: the department's people (its administrator too) and the leaders above it; never the receivers (they have their copy), nor outsiders.
        { "Issued", ["khcn.chuyenvien", "khcn.lanhdao", "khcn.vanthu", "khcn.dulieu", "admin", "chutich"] },
        // Issued secret: its chain only.
        { "IssuedSecret", ["khcn.chuyenvien", "khcn.lanhdao", "khcn.vanthu"] },
    };

    private async Task<Guid> DocumentAtAsync(string step)
    {
        var secret = step == "IssuedSecret";
        await ActAsAsync("khcn.chuyenvien");
        var id = await DraftAsync(command: await DraftCommandAsync(secrecy: secret ? DocumentConfidentiality.Mat : DocumentConfidentiality.Thuong));
        if (step != "Draft")
        {
            await AdvanceAsync(id, secret ? OutgoingState.Issued : Enum.Parse<OutgoingState>(step));
        }

        return id;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task WhoSeesADocument_AtEachStep(string step, string[] seers)
    {
        var id = await DocumentAtAsync(step);
        foreach (var person in Everyone)
        {
            await ActAsAsync(person);
            var sees = await SeesAsync(id);
            Assert.True(sees == seers.Contains(person), $"{person} at {step}: sees {sees}");
            if (!sees)
            {
                // By id, every action answers "not found", as for a record that does not exist.
                var version = await OutVersionAsync(id);
                await Assert.ThrowsAsync<NotFoundException>(() => Outgoing.SubmitAsync(id, version));
                await Assert.ThrowsAsync<NotFoundException>(() => Outgoing.RecallAsync(id, version, "Thử."));
                await Assert.ThrowsAsync<NotFoundException>(() => OutgoingQueries.GetFileAsync(id, Guid.NewGuid()));
            }
        }
    }

    private async Task<bool> SeesAsync(Guid id)
    {
        try
        {
            await OutgoingQueries.GetAsync(id, recordView: false);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    [Fact]
    public async Task TheActionsOffered_AreExactlyThoseOfThePersonsStep()
    {
        var id = await DocumentAtAsync("FormatCheck");
        var expected = new Dictionary<string, OutgoingOperation[]>
        {
            ["khcn.chuyenvien"] = [OutgoingOperation.View],
            ["khcn.lanhdao"] = [OutgoingOperation.View],
            ["khcn.vanthu"] = [OutgoingOperation.View, OutgoingOperation.ApproveFormat, OutgoingOperation.Return],
        };
        foreach (var (person, operations) in expected)
        {
            await ActAsAsync(person);
            Assert.Equal(operations, (await OutgoingQueries.GetAsync(id, recordView: false)).Allowed);
        }
    }

    [Fact]
    public async Task ForEveryDemoPerson_TheList_ThePageById_AndThePushAudience_NameTheSameDocuments()
    {
        var ids = new List<Guid>();
        foreach (var step in new[] { "Draft", "ContentReview", "FormatCheck", "Issued", "IssuedSecret" })
        {
            ids.Add(await DocumentAtAsync(step));
        }

        await ActAsAsync("vp.chuyenvien");
        var committee = await DraftAsync("vp.chuyenvien", await DraftCommandAsync(issuer: "UBND", signer: "vp.lanhdao", to: ["SKHCN"]));
        await AdvanceAsync(committee, OutgoingState.AwaitingSignature, unit: "vp");
        ids.Add(committee);

        await using var db = Db.CreateDbContext();
        var tree = await new HueWorkspace.Domain.Organization.OrganizationDirectory().TreeAsync(db, default);
        var audiences = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var id in ids)
        {
            audiences[id] = OutgoingAccess.Rule.Audience(await ReloadOutgoingAsync(id), tree).ToList();
        }

        foreach (var person in await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null).Select(p => p.UserName!).ToListAsync())
        {
            var actor = await ActAsAsync(person);
            var listed = actor.IsAssigned ? (await OutgoingQueries.ListAsync(new OutgoingListQuery(OutgoingTab.All, PageSize: 100))).Items.Select(r => r.Id).ToHashSet() : [];
            var byId = new HashSet<Guid>();
            foreach (var id in ids)
            {
                try
                {
                    await OutgoingQueries.GetAsync(id, recordView: false);
                    byId.Add(id);
                }
                catch (DomainException)
                {
                    // Not found (or not signed in).
                }
            }

            var told = ids.Where(id => actor.UserId is { } me && audiences[id].Contains(me)).ToHashSet();
            Assert.True(byId.SetEquals(listed), $"{person}: page {byId.Count} but list {listed.Count}");
            Assert.True(byId.SetEquals(told), $"{person}: page {byId.Count} but told {told.Count}");
        }
    }

    [Fact]
    public async Task ForMe_ListsWhatWaitsForEachPersonsStep()
    {
        var draft = await DocumentAtAsync("Draft");
        var review = await DocumentAtAsync("ContentReview");
        var format = await DocumentAtAsync("FormatCheck");
        var expected = new Dictionary<string, Guid[]>
        {
            ["khcn.chuyenvien"] = [draft],
            ["khcn.lanhdao"] = [review],
            ["khcn.vanthu"] = [format],
            ["chutich"] = [],
        };
        foreach (var (person, ids) in expected)
        {
            await ActAsAsync(person);
            Assert.Equal(ids.Order(), (await OutgoingQueries.ListAsync(new OutgoingListQuery(OutgoingTab.ForMe))).Items.Select(r => r.Id).Order());
        }
    }

    [Fact]
    public async Task SearchIgnoresDiacritics_AndFindsTheNumber()
    {
        var id = await IssuedAsync();
        await ActAsAsync("khcn.dulieu");
        Assert.Equal([id], (await OutgoingQueries.ListAsync(new OutgoingListQuery(OutgoingTab.All, Search: "nen tang lam viec so"))).Items.Select(r => r.Id));
        Assert.Equal([id], (await OutgoingQueries.ListAsync(new OutgoingListQuery(OutgoingTab.Issued, Search: "01/skhcn"))).Items.Select(r => r.Id));
        Assert.Empty((await OutgoingQueries.ListAsync(new OutgoingListQuery(OutgoingTab.All, Search: "dat dai"))).Items);
    }
}
