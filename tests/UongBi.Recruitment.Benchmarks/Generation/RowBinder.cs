using Microsoft.Data.Sqlite;

namespace UongBi.Recruitment.Benchmarks.Generation;

/// <summary>
/// One prepared INSERT whose columns are named where their values are given: the first row builds the
/// statement and its parameters, later rows only assign values by position. Keeps the column list and the
/// values side by side without a dictionary lookup per value (a million rows × sixty columns).
/// </summary>
internal sealed class RowBinder(SqliteConnection connection, string table) : IDisposable
{
    private readonly List<string> _names = [];
    private readonly List<SqliteParameter> _parameters = [];
    private SqliteCommand? _command;
    private int _position;

    public void Add(string column, object? value)
    {
        if (_command is null)
        {
            _names.Add(column);
            _parameters.Add(new SqliteParameter("$" + column, value ?? DBNull.Value));
            return;
        }

        // Literals are interned, so a reference check catches a row that names its columns in another order.
        if (!ReferenceEquals(_names[_position], column) && !string.Equals(_names[_position], column, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Column {column} given where {_names[_position]} was expected.");
        }

        _parameters[_position++].Value = value ?? DBNull.Value;
    }

    /// <summary>Inserts the row whose values were just given.</summary>
    public void Insert(SqliteTransaction transaction)
    {
        if (_command is null)
        {
            _command = connection.CreateCommand();
            _command.CommandText =
                $"INSERT INTO \"{table}\" ({string.Join(", ", _names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", _names.Select(n => "$" + n))})";
            _command.Parameters.AddRange(_parameters);
            _command.Transaction = transaction;
            _command.Prepare();
        }
        else if (_position != _names.Count)
        {
            throw new InvalidOperationException($"Row of {table} gave {_position} of {_names.Count} columns.");
        }

        _command.Transaction = transaction;
        _command.ExecuteNonQuery();
        _position = 0;
    }

    public void Dispose() => _command?.Dispose();
}
