-- Run by test/e2e/neovim.ts: nvim --headless --clean -n -c 'luafile check.lua' speech.txt
-- Starts the bundled gongwen server the way a Neovim user does, waits for its diagnostics, asks for
-- document symbols, and writes what Neovim received (byte columns included) as JSON to GONGWEN_NVIM_OUT.
local out = os.getenv('GONGWEN_NVIM_OUT')
local server = os.getenv('GONGWEN_SERVER')
local buf = vim.api.nvim_get_current_buf()
local result = { filetype = vim.bo[buf].filetype, lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false) }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qa!')
end

local id = vim.lsp.start_client({ name = 'gongwen', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.getcwd() })
if not id then
  result.error = 'start_client failed'
  finish()
end
vim.lsp.buf_attach_client(buf, id)
result.attached = vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 50)

result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, end_col = d.end_col, source = d.source, code = lsp.code, message = d.message })
end

local params = { textDocument = vim.lsp.util.make_text_document_params(buf) }
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', params, 10000) or {}
result.symbols = {}
local function visit(symbol, depth)
  local start = symbol.selectionRange.start
  local line = result.lines[start.line + 1] or ''
  table.insert(result.symbols, {
    name = symbol.name,
    depth = depth,
    line = start.line,
    character = start.character,
    byte = vim.str_byteindex(line, start.character, true),
  })
  for _, child in ipairs(symbol.children or {}) do visit(child, depth + 1) end
end
for _, response in pairs(responses) do
  for _, symbol in ipairs(response.result or {}) do visit(symbol, 0) end
end
finish()
