using HueWorkspace.Domain.Datasets;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Datasets;

/// <summary>
/// The catalogue on the demo organisation and the tasks' fake clock (Thursday 26/11/2026). The usual case: Sở Y tế's data
/// officer (yt.dulieu) describes a dataset; Sở KH&amp;CN (the platform authority) opens the review with the office's leader,
/// its own leader as chair and the owner's data officer.
/// </summary>
public abstract class DatasetTest : TaskTest
{
    protected DatasetOptions Options { get; } = new();

    protected DatasetService Datasets => new(Workflow, Files, Councils);

    protected DatasetQueries DatasetQueries => new(Workflow);

    protected CouncilService Councils => new(Workflow, Options);

    protected CouncilQueries CouncilQueries => new(Workflow);

    protected static DatasetInput Input(string name = "Cơ sở khám bệnh, chữa bệnh trên địa bàn thành phố", bool isPublic = true, bool secret = false, bool personal = false,
        string description = "Danh sách bệnh viện, trạm y tế, phòng khám được cấp phép.", UpdateFrequency frequency = UpdateFrequency.Monthly) =>
        new(name, description, DatasetType.SectorData,
            [new FieldInput("Tên cơ sở", FieldType.Text, null, false), new FieldInput("Địa chỉ", FieldType.Text, null, false), new FieldInput("Người đại diện", FieldType.Text, null, personal)],
            [], "SOHOA-1", frequency, "Phòng Kế hoạch", isPublic, secret, null, null);

    protected async Task<Guid> CreateAsync(string steward = "yt.dulieu", DatasetInput? input = null)
    {
        await ActAsAsync(steward);
        return await Datasets.CreateAsync(input ?? Input());
    }

    protected async Task<Dataset> ReloadDatasetAsync(Guid id)
    {
        await using var db = Db.CreateDbContext();
        return await db.Datasets.AsNoTracking().Include(d => d.Fields).Include(d => d.CodeLists).SingleAsync(d => d.Id == id);
    }

    protected async Task<Guid> DatasetVersionAsync(Guid id) => (await ReloadDatasetAsync(id)).Version;

    protected async Task<Guid> RegisteredAsync(string steward = "yt.dulieu", DatasetInput? input = null)
    {
        var id = await CreateAsync(steward, input);
        await Datasets.RegisterAsync(id, await DatasetVersionAsync(id));
        return id;
    }

    /// <summary>The owner attaches a CSV (needed before publishing) and publishes.</summary>
    protected async Task PublishWithFileAsync(Guid id, string steward = "yt.dulieu")
    {
        await ActAsAsync(steward);
        var csv = System.Text.Encoding.UTF8.GetBytes("ten_co_so,dia_chi\nBệnh viện Trung ương Huế,16 Lê Lợi\n");
        await Datasets.AddFilesAsync(id, await DatasetVersionAsync(id), [await StageAsync("co-so.csv", csv)]);
        await Datasets.PublishAsync(id, await DatasetVersionAsync(id));
    }

    protected static readonly string[] UsualMembers = ["vp.lanhdao", "khcn.lanhdao", "yt.dulieu"];

    /// <summary>The platform authority's data officer opens the review; khcn.lanhdao chairs.</summary>
    protected async Task<Guid> OpenCouncilAsync(Guid datasetId, string[]? members = null, string chair = "khcn.lanhdao")
    {
        await ActAsAsync("khcn.dulieu");
        var ids = new List<Guid>();
        foreach (var m in members ?? UsualMembers)
        {
            ids.Add(await DemoActors.UserIdAsync(Db, m));
        }

        return await Councils.OpenAsync(datasetId, await DatasetVersionAsync(datasetId), Today.AddDays(2), ids, await DemoActors.UserIdAsync(Db, chair));
    }

    /// <summary>A member works through the whole checklist and votes.</summary>
    protected async Task ReviewAsync(Guid councilId, string member, Vote vote, string? reason = null, Verdict verdict = Verdict.Met)
    {
        await ActAsAsync(member);
        foreach (var criterion in Council.Criteria)
        {
            await Councils.CheckAsync(councilId, criterion, verdict, verdict == Verdict.NotMet ? "Chưa đạt." : null);
        }

        await Councils.VoteAsync(councilId, vote, reason);
    }
}
