using HueWorkspace.Domain.Documents;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

/// <summary>
/// Outgoing documents on the demo organisation and the tasks' fake clock (Thursday 26/11/2026). The usual case: a
/// specialist of Sở KH&amp;CN (khcn.chuyenvien) drafts a letter of the department to the People's Committee office and Sở
/// Tài chính; its head (khcn.lanhdao) checks the content and signs; its clerk (khcn.vanthu) checks the format and issues.
/// </summary>
public abstract class OutgoingTest : IncomingTest
{
    protected OutgoingService Outgoing => new(Workflow, Files);

    protected OutgoingQueries OutgoingQueries => new(Workflow, Queries);

    protected DocumentExchange Exchange => new(OutgoingQueries, Documents, Files, FakeClock);

    protected async Task<DraftOutgoing> DraftCommandAsync(string issuer = "SKHCN", string signer = "khcn.lanhdao", string[]? to = null,
        DocumentType type = DocumentType.CongVan, DocumentConfidentiality secrecy = DocumentConfidentiality.Thuong, DocumentFix? fix = null,
        string excerpt = "Về việc triển khai Nền tảng làm việc số tại các sở, ngành", string[]? outside = null) =>
        new(await DemoActors.UnitIdAsync(Db, issuer), type, excerpt, DocumentUrgency.Khan, secrecy, await DemoActors.UserIdAsync(Db, signer),
            [.. await Task.WhenAll((to ?? ["VPUBND", "STC"]).Select(u => DemoActors.UnitIdAsync(Db, u)))], outside ?? ["Bộ Khoa học và Công nghệ"],
            await PdfAsync("du-thao.pdf"), Fixes: fix);

    /// <summary>Drafts as <paramref name="drafter"/> (the department's specialist unless told) and returns the id.</summary>
    protected async Task<Guid> DraftAsync(string drafter = "khcn.chuyenvien", DraftOutgoing? command = null)
    {
        await ActAsAsync(drafter);
        return await Outgoing.DraftAsync(command ?? await DraftCommandAsync());
    }

    protected async Task<OutgoingDocument> ReloadOutgoingAsync(Guid id)
    {
        await using var db = Db.CreateDbContext();
        return await db.OutgoingDocuments.AsNoTracking().Include(d => d.Recipients).Include(d => d.Steps).Include(d => d.Revisions).AsSplitQuery().SingleAsync(d => d.Id == id);
    }

    protected async Task<Guid> OutVersionAsync(Guid id) => (await ReloadOutgoingAsync(id)).Version;

    /// <summary>
    /// Takes a draft of the department (or, with <paramref name="unit"/> = "vp", of the People's Committee) along the
    /// chain until it reaches <paramref name="until"/>, each step by the person whose step it is.
    /// </summary>
    protected async Task AdvanceAsync(Guid id, OutgoingState until, string unit = "khcn", string? signer = null,
        SigningCapacity capacity = SigningCapacity.Direct, string? clerk = null)
    {
        var steps = new (OutgoingState Reached, string Who, Func<Guid, Task> Act)[]
        {
            (OutgoingState.ContentReview, $"{unit}.chuyenvien", v => Outgoing.SubmitAsync(id, v)),
            (OutgoingState.FormatCheck, $"{unit}.lanhdao", v => Outgoing.ApproveContentAsync(id, v, "Đồng ý nội dung.")),
            (OutgoingState.AwaitingSignature, clerk ?? $"{unit}.vanthu", v => Outgoing.ApproveFormatAsync(id, v)),
            (OutgoingState.Signed, signer ?? $"{unit}.lanhdao", v => Outgoing.SignAsync(id, v, capacity)),
            (OutgoingState.Issued, clerk ?? $"{unit}.vanthu", v => Outgoing.IssueAsync(id, v)),
        };
        foreach (var (reached, who, act) in steps)
        {
            if ((await ReloadOutgoingAsync(id)).State >= reached)
            {
                continue;
            }

            await ActAsAsync(who);
            await act(await OutVersionAsync(id));
            if (reached == until)
            {
                return;
            }
        }
    }

    /// <summary>A department letter, issued; returns its id.</summary>
    protected async Task<Guid> IssuedAsync(DraftOutgoing? command = null)
    {
        var id = await DraftAsync(command: command);
        await AdvanceAsync(id, OutgoingState.Issued);
        return id;
    }

    protected async Task<IncomingDocument> CopyAtAsync(Guid outgoingId, string unitCode)
    {
        var unit = await DemoActors.UnitIdAsync(Db, unitCode);
        await using var db = Db.CreateDbContext();
        return await db.IncomingDocuments.AsNoTracking().Include(d => d.Units).Include(d => d.Readers).SingleAsync(d => d.OriginId == outgoingId && d.UnitId == unit);
    }
}
