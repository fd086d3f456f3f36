import { ActionIcon, Alert, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconKey, IconPencil, IconPlus, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../shared/nip';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { listUsers, setUserActive } from '../../db/accounts';
import type { UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { EditUserModal } from './EditUserModal';
import { NewUserModal } from './NewUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';

type Dialog = { kind: 'edit' | 'reset' | 'deactivate'; user: UserRecord } | null;

export function UsersPage({ user: me }: { user: UserRecord }) {
  const { t } = useTranslation(['users', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const users = useLiveQuery(() => listUsers(repo, session).catch(() => [] as UserRecord[]), [repo, session]);
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const manage = can(me.roles, 'user.update');

  const setActive = async (user: UserRecord, active: boolean) => {
    try {
      await setUserActive(repo, session, user.id, active);
      notifySuccess(t(active ? 'activate.done' : 'deactivate.done', { name: user.name }));
      setDialog(null);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          can(me.roles, 'user.create') && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('create.button')}
            </Button>
          )
        }
      />
      {!manage && (
        <Alert color="gray" variant="light">
          {t('readOnly')}
        </Alert>
      )}
      {users && <Text size="sm">{t('count', { count: users.length })}</Text>}
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover withTableBorder>
          <Table.Caption>{t('table.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.name')}</Table.Th>
              <Table.Th>{t('table.nip')}</Table.Th>
              <Table.Th>{t('table.asnType')}</Table.Th>
              <Table.Th>{t('table.roles')}</Table.Th>
              <Table.Th>{t('table.status')}</Table.Th>
              {manage && <Table.Th>{t('table.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users?.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>
                  {user.name}
                  {user.id === me.id && (
                    <Badge ml="xs" size="sm" variant="outline">
                      {t('you')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNip(user.nip)}</Table.Td>
                <Table.Td>{t(`common:asnType.${user.asnType}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {user.roles.map((role) => (
                      <Badge key={role} variant="light" size="sm">
                        {t(`common:roles.${role}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge color={user.active ? 'green' : 'gray'} variant="light">
                    {t(user.active ? 'status.active' : 'status.inactive')}
                  </Badge>
                </Table.Td>
                {manage && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <RowAction label={t('edit.button', { name: user.name })} onClick={() => setDialog({ kind: 'edit', user })} icon={<IconPencil size={18} aria-hidden />} />
                      <RowAction label={t('reset.button', { name: user.name })} onClick={() => setDialog({ kind: 'reset', user })} icon={<IconKey size={18} aria-hidden />} />
                      {user.active ? (
                        <RowAction label={t('deactivate.button', { name: user.name })} onClick={() => setDialog({ kind: 'deactivate', user })} icon={<IconUserOff size={18} aria-hidden />} color="red" />
                      ) : (
                        <RowAction label={t('activate.button', { name: user.name })} onClick={() => void setActive(user, true)} icon={<IconUserCheck size={18} aria-hidden />} />
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <NewUserModal opened={creating} onClose={() => setCreating(false)} />
      {dialog?.kind === 'edit' && <EditUserModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'deactivate' && (
        <ConfirmDialog
          title={t('deactivate.title')}
          body={t('deactivate.body', { name: dialog.user.name })}
          confirmLabel={t('deactivate.confirm')}
          onConfirm={() => void setActive(dialog.user, false)}
          onCancel={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}

function RowAction({ label, onClick, icon, color }: { label: string; onClick: () => void; icon: React.ReactNode; color?: string }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
