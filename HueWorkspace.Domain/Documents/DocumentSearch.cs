using System.Text;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// Full-text search over documents' normalised text (<see cref="TextSearch"/>: "quyet dinh" finds "Quyết định", đ = d),
/// behind an interface so the PostgreSQL provider can bring its own index. Returns the <c>SearchKey</c>s that match, as a
/// query the caller composes with its access rule and filters (the database then walks the matches in key order).
/// </summary>
public interface IDocumentSearch
{
    IQueryable<long> Matching(WorkspaceDbContext db, string text);
}

/// <summary>
/// SQLite FTS5: the table <c>IncomingDocumentsFts</c> indexes <c>IncomingDocuments.SearchText</c> as external content
/// keyed by the document's stable <c>SearchKey</c>, kept in step by triggers (migration <c>IncomingDocuments</c>). Every
/// word typed must begin a word of the document (prefix match), in any order.
/// </summary>
public sealed class SqliteDocumentSearch : IDocumentSearch
{
    public IQueryable<long> Matching(WorkspaceDbContext db, string text)
    {
        var match = MatchExpression(text);
        return match.Length == 0
            ? db.IncomingDocuments.Select(d => d.SearchKey)
            : db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM \"IncomingDocumentsFts\" WHERE \"IncomingDocumentsFts\" MATCH {match}");
    }

    /// <summary>"Quyết định 41/QĐ" → <c>"quyet"* "dinh"* "41"* "qd"*</c>: the words, normalised, each a quoted prefix.</summary>
    public static string MatchExpression(string? text) => string.Join(' ', Words(text).Select(w => $"\"{w}\"*"));

    /// <summary>The words of a search, normalised (lower case, no diacritics, đ = d), at most twelve.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in TextSearch.Normalize(text).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words.Take(12).ToList();
    }
}

/// <summary>
/// PostgreSQL: the same normalised <c>IncomingDocuments.SearchText</c>, with a trigram (<c>pg_trgm</c>) GIN index; every
/// word typed must begin a word of the document (<c>~ '\mword'</c>, the index serves it), in any order — the same answers
/// as SQLite's FTS5 prefix match. The words are letters and digits only (<see cref="SqliteDocumentSearch.Words"/>), so
/// nothing in them is a pattern character.
/// </summary>
public sealed class PostgresDocumentSearch : IDocumentSearch
{
    public IQueryable<long> Matching(WorkspaceDbContext db, string text)
    {
        var documents = db.IncomingDocuments.AsQueryable();
        foreach (var word in SqliteDocumentSearch.Words(text))
        {
            var pattern = "\\m" + word;
            documents = documents.Where(d => System.Text.RegularExpressions.Regex.IsMatch(d.SearchText, pattern));
        }

        return documents.Select(d => d.SearchKey);
    }
}
