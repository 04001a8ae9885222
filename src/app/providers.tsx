import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DataSource } from '../data-source/data-source';
import { DataSourceProvider } from '../data-source/data-source-context';
import { TodayProvider } from '../lib/today';

export interface ProvidersProps {
  queryClient: QueryClient;
  source: DataSource;
  today: Date;
  children: ReactNode;
}

/** Everything the screens need from above, in one place so tests wrap components the same way. */
export function Providers({ queryClient, source, today, children }: ProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <DataSourceProvider source={source}>
        <TodayProvider date={today}>{children}</TodayProvider>
      </DataSourceProvider>
    </QueryClientProvider>
  );
}
