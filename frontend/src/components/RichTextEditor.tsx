import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Space, Tooltip, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';

export interface RichTextEditorProps {
  /** HTML, as the API stores it (bodyFormat HTML) */
  value?: string;
  onChange?: (html: string) => void;
  /** the field's name, read out for the editable area */
  label: string;
  /** the API's limit on the stored HTML */
  maxLength: number;
  id?: string;
}

interface Tool {
  title: string;
  icon: ReactNode;
  run: (editor: Editor) => void;
  active?: (editor: Editor) => boolean;
}

const TOOLS: Tool[] = [
  {
    title: '加粗',
    icon: <BoldOutlined />,
    run: (e) => e.chain().focus().toggleBold().run(),
    active: (e) => e.isActive('bold'),
  },
  {
    title: '斜体',
    icon: <ItalicOutlined />,
    run: (e) => e.chain().focus().toggleItalic().run(),
    active: (e) => e.isActive('italic'),
  },
  {
    title: '章节',
    icon: <span style={{ fontWeight: 600 }}>H</span>,
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    active: (e) => e.isActive('heading'),
  },
  {
    title: '无序列表',
    icon: <UnorderedListOutlined />,
    run: (e) => e.chain().focus().toggleBulletList().run(),
    active: (e) => e.isActive('bulletList'),
  },
  {
    title: '有序列表',
    icon: <OrderedListOutlined />,
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    active: (e) => e.isActive('orderedList'),
  },
  {
    title: '引用',
    icon: <span style={{ fontWeight: 600 }}>“</span>,
    run: (e) => e.chain().focus().toggleBlockquote().run(),
    active: (e) => e.isActive('blockquote'),
  },
  { title: '撤销', icon: <UndoOutlined />, run: (e) => e.chain().focus().undo().run() },
  { title: '重做', icon: <RedoOutlined />, run: (e) => e.chain().focus().redo().run() },
];

/**
 * 富文本编辑 (TipTap): a Form control whose value is HTML. The API sanitises what it stores, and
 * the content check and masking work on that same HTML. The counter says the limit before it is
 * reached.
 */
export function RichTextEditor({ value, onChange, label, maxLength, id }: RichTextEditorProps) {
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: false, underline: false, trailingNode: false })],
    content: value ?? '',
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(id ? { id } : {}),
        class: 'rich-text-area',
        style:
          'min-height: 180px; max-height: 560px; overflow: auto; padding: 4px 11px; outline: none',
      },
    },
    onUpdate: ({ editor: changed }) => onChange?.(changed.isEmpty ? '' : changed.getHTML()),
  });

  // a value set from outside (masking, a draft brought back) replaces the content
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if ((value ?? '') !== current) editor.commands.setContent(value ?? '', { emitUpdate: false });
  }, [editor, value]);

  const length = (value ?? '').length;
  return (
    <div style={{ border: '1px solid #d9d9d9', borderRadius: 6 }}>
      <Space
        size={2}
        wrap
        role="toolbar"
        aria-label="格式工具栏"
        style={{ borderBottom: '1px solid #f0f0f0', padding: 4, width: '100%' }}
      >
        {TOOLS.map((tool) => (
          <Tooltip key={tool.title} title={tool.title}>
            <Button
              size="small"
              type={editor && tool.active?.(editor) ? 'primary' : 'text'}
              aria-label={tool.title}
              icon={tool.icon}
              disabled={!editor}
              onClick={() => editor && tool.run(editor)}
            />
          </Tooltip>
        ))}
      </Space>
      <EditorContent editor={editor} />
      <Typography.Text
        type={length > maxLength ? 'danger' : 'secondary'}
        style={{ display: 'block', textAlign: 'right', padding: '0 8px 4px', fontSize: 12 }}
      >
        {`已输入 ${length} / 上限 ${maxLength} 字符（含格式）`}
      </Typography.Text>
    </div>
  );
}
