using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// The city's side of the national document-exchange axis: an issued outgoing document leaves as an edXML package
/// (<see cref="Edxml"/>), and a package that arrives is registered as an incoming document by the clerk, through the same
/// registration (numbering, duplicate warning, files) as a paper one.
/// </summary>
public sealed class DocumentExchange(OutgoingQueries outgoing, IncomingService incoming, FileService files, TimeProvider clock)
{
    /// <summary>Place of issue written in every package.</summary>
    public const string Place = "Huế";

    public async Task<(byte[] Content, string FileName)> ExportAsync(Guid outgoingId, CancellationToken ct = default)
    {
        var (d, issuer, recipients, stored, fixes) = await outgoing.PackageAsync(outgoingId, ct);
        if (d.IsSecret)
        {
            // Secret documents never travel over the exchange axis (Luật Bảo vệ bí mật nhà nước 2018, Art. 10).
            throw new DomainException("Văn bản mật không được gửi qua trục liên thông văn bản quốc gia.");
        }

        var attachments = new List<EdxmlAttachment>();
        foreach (var (file, _) in stored.OrderByDescending(f => f.Main))
        {
            await using var stream = await files.OpenAsync(file, ct);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            attachments.Add(new EdxmlAttachment(file.FileName, file.ContentType, copy.ToArray()));
        }

        var slash = d.NumberSymbol!.IndexOf('/', StringComparison.Ordinal);
        var from = Organ(issuer);
        var package = new EdxmlPackage(
            $"{from.OrganId},{d.IssuedAtUtc:yyyy/MM/dd,HH:mm:ss},{d.Id}",
            from,
            recipients.Select(Organ).ToList(),
            d.Number!.Value,
            d.NumberSymbol[(slash + 1)..],
            Place,
            d.IssueDate!.Value,
            d.Type,
            d.Excerpt,
            d.Capacity is { } c && c != SigningCapacity.Direct ? SigningRules.Label(c) : null,
            $"Lãnh đạo {issuer.Name}",
            d.SignerName,
            d.Recipients.Select(r => r.Name).ToList(),
            d.Urgency,
            fixes,
            attachments);
        return (Edxml.Write(package, clock.GetUtcNow().UtcDateTime), $"{d.NumberSymbol.Replace('/', '-')}.edxml");
    }

    /// <summary>
    /// Registers a received package in the clerk's register: the first attachment is the main file (a PDF), the rest are
    /// attachments. The duplicate warning applies as for paper (<see cref="DuplicateDocumentException"/> unless confirmed).
    /// </summary>
    public async Task<(Guid Id, string Number, EdxmlPackage Package)> ImportAsync(Stream content, bool confirmDuplicate = false, CancellationToken ct = default)
    {
        var package = Edxml.Read(content);
        var staged = new List<StagedFile>();
        foreach (var attachment in package.Attachments)
        {
            staged.Add(await files.StageAsync(attachment.Name, attachment.Content.Length, new MemoryStream(attachment.Content), ct));
        }

        var (id, number) = await incoming.RegisterAsync(new RegisterIncoming(
            VietnamTime.Today(clock), package.From.OrganName, package.NumberSymbol, package.PromulgationDate, package.Type, package.Subject, package.Urgency,
            DocumentConfidentiality.Thuong, package.Signer, staged[0], staged.Skip(1).ToList(), confirmDuplicate), ct);
        return (id, number, package);
    }

    private static EdxmlOrgan Organ(Organization.Unit unit) => new(unit.AgencyCode ?? unit.Code, unit.Name);
}
