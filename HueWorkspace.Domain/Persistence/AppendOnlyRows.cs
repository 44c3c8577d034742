using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HueWorkspace.Domain.Persistence;

/// <summary>
/// Rows that are only ever added in a step's save — its audit entries and notifications — written in one command (one
/// multi-row <c>INSERT</c> per table) inside the step's own transaction, after EF Core has saved the tracked changes and
/// before the commit: they commit with the change or not at all, as when they went through the change tracker, at a fifth
/// of its cost per row (docs/benchmarks.md, business writes). Only a context whose save runs in a transaction the caller
/// opened takes this path (<see cref="WorkspaceDbContext.AppendInTransaction"/>, set by the action pipeline); every other
/// save adds them to the change tracker as before. Columns, names and conversions come from the EF Core model, so both
/// providers write what their migrations made.
/// </summary>
public static class AppendOnlyRows
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type), Table> Tables = new();

    public static async Task WriteAsync(WorkspaceDbContext db, IReadOnlyList<object> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Append-only rows are written only inside the step's transaction.");
        var helper = db.GetService<ISqlGenerationHelper>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var sql = new StringBuilder();
        var index = 0;
        foreach (var group in rows.GroupBy(r => r.GetType()))
        {
            var table = Tables.GetOrAdd((db.Model, group.Key), key => Table.Of(key.Model, key.Type, helper));
            sql.Append(table.Insert);
            var first = true;
            foreach (var row in group)
            {
                sql.Append(first ? "\n" : ",\n").Append('(');
                first = false;
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var column = table.Columns[c];
                    var name = "a" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    command.Parameters.Add(column.Mapping.CreateParameter(command, helper.GenerateParameterName(name),
                        column.Property.GetGetter().GetClrValueUsingContainingEntity(row), column.Property.IsNullable));
                    sql.Append(c == 0 ? "" : ", ").Append(helper.GenerateParameterNamePlaceholder(name));
                }

                sql.Append(')');
            }

            sql.Append(helper.StatementTerminator).Append('\n');
        }

        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(ct);
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping);

    private sealed record Table(string Insert, IReadOnlyList<Column> Columns)
    {
        public static Table Of(IModel model, Type type, ISqlGenerationHelper helper)
        {
            var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            // A key the database numbers (the audit trail's sequence) is left to it; every other column is written.
            var columns = entity.GetProperties()
                .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long)))
                .Select(p => new Column(p, (RelationalTypeMapping)p.GetRelationalTypeMapping()))
                .ToList();
            var insert = $"INSERT INTO {helper.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} ("
                + string.Join(", ", columns.Select(c => helper.DelimitIdentifier(c.Property.GetColumnName()))) + ") VALUES";
            return new Table(insert, columns);
        }
    }
}
