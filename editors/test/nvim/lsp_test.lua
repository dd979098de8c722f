-- Headless Neovim test: Neovim's built-in LSP client (0.7 or newer) starts `editorial-lint lsp`, opens a sample
-- article, prints the diagnostics it received and the code actions offered for the first one, and exits non-zero
-- when the expected findings are missing.
--
--   EDITORIAL_LINT_SERVER=/path/to/editorial-lint ARTICLE=/tmp/x/article.md \
--     nvim --headless --clean -u NONE -c 'luafile editors/test/nvim/lsp_test.lua'

local function out(line)
  io.stdout:write(line .. '\n')
end

local function fail(message)
  out('FAIL: ' .. message)
  vim.cmd('cquit 1')
end

local server = os.getenv('EDITORIAL_LINT_SERVER') or 'editorial-lint'
local article = os.getenv('ARTICLE')
local expected = vim.split(os.getenv('EXPECTED_CODES') or 'EL3001,Desk.Spun', ',', { plain = true })
if not article then return fail('set ARTICLE to the file to open') end
local root = vim.fn.fnamemodify(article, ':h')

vim.cmd('edit ' .. vim.fn.fnameescape(article))
local buffer = vim.api.nvim_get_current_buf()

local client_id = vim.lsp.start_client({
  name = 'editorial-lint',
  cmd = { server, 'lsp' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'articles' } },
  init_options = { editorialLint = { rulePacks = { 'packs' } } },
  on_exit = function(code)
    if code ~= 0 then io.stderr:write('server exited with ' .. tostring(code) .. '\n') end
  end,
})
if not client_id then return fail('the client did not start') end
vim.lsp.buf_attach_client(buffer, client_id)

local function code_of(d)
  -- Neovim 0.8+ copies the LSP code onto the diagnostic; 0.7 keeps it in user_data.
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local got = vim.wait(30000, function()
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do seen[code_of(d)] = true end
  for _, code in ipairs(expected) do
    if not seen[code] then return false end
  end
  return true
end, 50)

local diagnostics = vim.diagnostic.get(buffer)
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
out(string.format('neovim %s received %d diagnostics for %s:', tostring(vim.version().major) .. '.' .. tostring(vim.version().minor),
  #diagnostics, vim.fn.fnamemodify(article, ':t')))
for _, d in ipairs(diagnostics) do
  out(string.format('  %d:%d %s %s', d.lnum + 1, d.col + 1, tostring(code_of(d)), d.message))
end
if not got then return fail('expected codes ' .. table.concat(expected, ', ') .. ' did not all arrive') end

-- Each finding quotes the text it is about; the range Neovim placed (converted from UTF-16 to bytes by the
-- client) must cover exactly that text, even after an emoji on the same line.
for _, d in ipairs(diagnostics) do
  local quoted = d.message:match("'([^']+)'")
  if quoted and d.lnum == d.end_lnum then
    local line = vim.api.nvim_buf_get_lines(buffer, d.lnum, d.lnum + 1, false)[1] or ''
    local covered = line:sub(d.col + 1, d.end_col)
    if covered:lower() ~= quoted:lower() then
      return fail(string.format('%s covers %q, expected %q', tostring(code_of(d)), covered, quoted))
    end
  end
end

-- Ask for the code actions of the first finding, as `vim.lsp.buf.code_action()` would.
local first = diagnostics[1]
local lsp_diagnostic = {
  range = { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.end_lnum, character = first.end_col } },
  message = first.message, code = code_of(first), source = first.source, severity = first.severity,
}
local replies = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buffer) },
  range = lsp_diagnostic.range,
  context = { diagnostics = { lsp_diagnostic } },
}, 10000)
local titles = {}
for _, reply in pairs(replies or {}) do
  for _, action in ipairs(reply.result or {}) do table.insert(titles, action.title) end
end
out('code actions for the first finding: ' .. table.concat(titles, ' | '))
if #titles == 0 then return fail('no code action offered') end

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
out('neovim: ok')
vim.cmd('qall!')
