using System.Text;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

/// <summary>
/// Incoming documents on the demo organisation and the tasks' fake clock (Thursday 26/11/2026). The usual case: the
/// People's Committee office (vp.vanthu) registers a letter from the Ministry; the chairman (chutich) directs it.
/// </summary>
public abstract class IncomingTest : TaskTest
{
    protected IncomingService Documents => new(Workflow, Files, Service);

    protected IncomingQueries DocumentQueries => new(Workflow, TestDatabase.Search, Queries);

    /// <summary>A small real-looking PDF.</summary>
    protected async Task<StagedFile> PdfAsync(string name = "van-ban.pdf")
    {
        // Picking a file needs someone signed in: the office's clerk, unless a test already acts as someone.
        if (User.Actor is null)
        {
            await ActAsAsync("vp.vanthu");
        }

        return await StageAsync(name, Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
    }

    protected async Task<RegisterIncoming> LetterAsync(string symbol = "1234/BTTTT-CĐSQG", string issuer = "Bộ Thông tin và Truyền thông",
        string excerpt = "Về việc triển khai Quyết định số 41/2024/QĐ-UBND về nền tảng làm việc số", DocumentConfidentiality secrecy = DocumentConfidentiality.Thuong,
        bool confirm = false) =>
        new(Today, issuer, symbol, Today.AddDays(-2), DocumentType.CongVan, excerpt, DocumentUrgency.Khan, secrecy, "Nguyễn Văn A", await PdfAsync(),
            ConfirmDuplicate: confirm);

    protected async Task<(Guid Id, string Number)> RegisterAsync(string clerk = "vp.vanthu", RegisterIncoming? letter = null)
    {
        await ActAsAsync(clerk);
        return await Documents.RegisterAsync(letter ?? await LetterAsync());
    }

    protected async Task<IncomingDocument> ReloadDocumentAsync(Guid id)
    {
        await using var db = Db.CreateDbContext();
        return await db.IncomingDocuments.AsNoTracking().Include(d => d.Units).Include(d => d.Readers).SingleAsync(d => d.Id == id);
    }

    protected async Task<Guid> DocumentVersionAsync(Guid id) => (await ReloadDocumentAsync(id)).Version;

    /// <summary>Registered by the office and presented to the chairman.</summary>
    protected async Task<Guid> PresentedAsync(RegisterIncoming? letter = null)
    {
        var (id, _) = await RegisterAsync(letter: letter);
        await Documents.PresentAsync(id, await DocumentVersionAsync(id), await DemoActors.UserIdAsync(Db, "chutich"));
        return id;
    }
}
